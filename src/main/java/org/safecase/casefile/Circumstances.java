package org.safecase.casefile;

/**
 * What the reporter says about who did it, whether they are in immediate danger, whether they
 * want the police involved (R-ST-3) and what evidence they hold (R-ST-2).
 */
public record Circumstances(PerpetratorKind perpetrator, String perpetratorName, boolean immediateDanger,
                            boolean policeWanted, String evidenceHeld) {
    public static final Circumstances NONE_GIVEN = new Circumstances(PerpetratorKind.UNKNOWN, null, false, false, null);
}
