package org.safecase.policy;

/** A policy's PDF, for download. */
public record PolicyDocument(String fileName, byte[] content) {
}
