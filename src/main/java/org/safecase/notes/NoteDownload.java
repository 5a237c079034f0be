package org.safecase.notes;

/** A note's file to hand back on download, with the name and type it was kept under. */
public record NoteDownload(String fileName, String mediaType, byte[] content) {
}
