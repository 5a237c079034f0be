package org.safecase.identity;

import java.io.Serializable;

/**
 * What a caller may do on one case, as {@link Authorisation} decides it. Pages bind to it to
 * offer an action; the boundary behind the action asks {@link Authorisation} the same question
 * again, so a hand-made request gets no further than a hidden button.
 *
 * @param mayReadWhole        the whole case record and its timeline (not an HR summary or a receipt)
 * @param mayReadChildRecords each child's safeguarding record on a child-protection case (R-SX-3)
 * @param mayRecategorise     turn an open staff case into a child-protection case (R-SX-1)
 * @param mayReferNow         refer an open child-protection case to the police or children's services now (R-SX-4)
 * @param mayClose            close an open child-protection case (R-SX-7); nothing is done on a closed case
 */
public record CaseRights(boolean mayReadWhole, boolean mayReadChildRecords, boolean mayRecategorise,
                         boolean mayReferNow, boolean mayClose) implements Serializable {
    /** For a case that does not exist or that the caller may not see. */
    public static final CaseRights NONE = new CaseRights(false, false, false, false, false);
}
