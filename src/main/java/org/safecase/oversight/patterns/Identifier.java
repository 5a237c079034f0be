package org.safecase.oversight.patterns;

/** An identifier in its one normal form ({@link Identifiers}), ready to be keyed; never stored or logged. */
public record Identifier(IdentifierKind kind, String normalised) {
}
