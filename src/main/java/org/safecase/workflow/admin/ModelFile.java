package org.safecase.workflow.admin;

/** One deployed version's file, as deployed: for the editor, the viewer and export (item 10). */
public record ModelFile(String key, ModelKind kind, int version, String fileName, String xml) {
}
