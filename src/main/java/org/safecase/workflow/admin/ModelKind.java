package org.safecase.workflow.admin;

/** A process model ({@code <key>.bpmn20.xml}) or a decision table ({@code <key>.dmn}). */
public enum ModelKind {
    PROCESS(".bpmn20.xml"),
    DECISION(".dmn");

    private final String suffix;

    ModelKind(String suffix) {
        this.suffix = suffix;
    }

    /** The file name a model of this kind is deployed and exported under. */
    public String fileName(String key) {
        return key + suffix;
    }

    public static ModelKind ofFileName(String fileName) {
        return fileName.endsWith(DECISION.suffix) ? DECISION : PROCESS;
    }
}
