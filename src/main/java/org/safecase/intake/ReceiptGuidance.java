package org.safecase.intake;

import org.safecase.platform.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reporter is told to do once the report is in. A staff case: 999 in immediate danger and
 * 101 otherwise (R-ST-3), do not engage or retaliate, keep the evidence with time, date and address
 * (R-ST-2). A child-protection case: secure the device, do not search it, never view, copy, forward
 * or screenshot, do not delete (R-SX-2): never "keep screen captures", which for
 * such images would be an offence.
 */
final class ReceiptGuidance {
    private static final List<String> STAFF = List.of("report.guidance.engage", "report.guidance.evidence",
            "report.guidance.danger", "report.guidance.police");
    private static final List<String> CHILD_PROTECTION = List.of("report.cp.device", "report.cp.search",
            "report.cp.images", "report.cp.delete");

    private ReceiptGuidance() {
    }

    static List<String> of(boolean childProtection, boolean immediateDanger, Messages words) {
        List<String> guidance = new ArrayList<>();
        if (immediateDanger) {
            guidance.add(words.get(childProtection ? "report.receipt.childAtRisk" : "report.receipt.danger"));
        }
        (childProtection ? CHILD_PROTECTION : STAFF).forEach(key -> guidance.add(words.get(key)));
        return guidance;
    }
}
