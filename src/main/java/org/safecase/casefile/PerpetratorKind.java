package org.safecase.casefile;

/** Who the reporter thinks is responsible (R-ST-9 decides the procedure from the lead's view of it). */
public enum PerpetratorKind {
    PUPIL,
    PARENT_CARER,
    COLLEAGUE,
    UNKNOWN,
    OTHER
}
