package org.safecase.evidence;

/** A file to hand back on download, with the name and type it was stored under. */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {
}
