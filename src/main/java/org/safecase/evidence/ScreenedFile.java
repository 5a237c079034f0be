package org.safecase.evidence;

/**
 * A file that passed {@link UploadScreening#accepted}: the safe name and media type it is kept
 * under, the content to keep (a picture re-encoded without its metadata) and that content's SHA-256.
 */
public record ScreenedFile(String fileName, String mediaType, byte[] content, String sha256) {
}
