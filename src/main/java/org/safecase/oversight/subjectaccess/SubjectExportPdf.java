package org.safecase.oversight.subjectaccess;

import org.safecase.platform.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The export as a PDF (Apache PDFBox): the same content as the JSON, laid out on A4 pages with
 * headings, in a Unicode font (platform.PdfText): Welsh and people's names print as written.
 */
final class SubjectExportPdf {
    private static final org.safecase.platform.PlainPdf LAYOUT = new org.safecase.platform.PlainPdf(50, 10, 14);

    private SubjectExportPdf() {
    }

    static byte[] render(SubjectExport export, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("subjectAccess.pdf.title", export.subject().displayName()));
        lines.add(messages.get("subjectAccess.pdf.made", export.request(), export.madeAt().withNano(0).toString()));
        lines.add("");
        SubjectExport.Person person = export.subject();
        lines.add(messages.get("subjectAccess.pdf.you"));
        lines.add("  " + messages.get("subjectAccess.pdf.username") + ": " + person.username());
        lines.add("  " + messages.get("subjectAccess.pdf.name") + ": " + person.displayName());
        lines.add("  " + messages.get("subjectAccess.pdf.email") + ": " + person.email());
        if (person.school() != null) {
            lines.add("  " + messages.get("subjectAccess.pdf.school") + ": " + person.school());
        }
        lines.add("  " + messages.get("subjectAccess.pdf.roles") + ": " + String.join(", ", person.roles()));
        lines.add("");
        lines.add(messages.get("subjectAccess.pdf.cases", export.cases().size()));
        for (SubjectExport.Case exported : export.cases()) {
            lines.add("");
            lines.add(messages.get("subjectAccess.pdf.case", exported.reference()));
            facts(lines, exported.facts(), "  ", messages);
            texts(lines, exported.text(), "  ");
            for (SubjectExport.Entry entry : exported.entries()) {
                lines.add("  " + entry.record() + " (" + (entry.recordedAt() == null ? "" : entry.recordedAt().withNano(0))
                        + (entry.recordedBy() == null ? "" : ", " + entry.recordedBy()) + ")");
                facts(lines, entry.fields(), "    ", null);
                texts(lines, entry.text(), "    ");
            }
            for (SubjectExport.EvidenceEntry item : exported.evidence()) {
                lines.add("  " + messages.get("subjectAccess.pdf.evidence") + ": " + (item.fileName() == null
                        ? messages.get("subjectAccess.pdf.webAddressItem") + ", " + item.addedAt().withNano(0) : file(item))
                        + ", " + item.addedBy());
            }
            notes(lines, exported.notes(), messages);
            if (!exported.accesses().isEmpty()) {
                lines.add("  " + messages.get("subjectAccess.pdf.accesses", exported.accesses().size()));
                for (SubjectExport.Access access : exported.accesses()) {
                    lines.add("    " + access.at().withNano(0) + ", " + access.what()
                            + (access.who() == null ? "" : ", " + access.who())
                            + (access.refused() ? " (" + messages.get("subjectAccess.pdf.refused") + ")" : ""));
                }
            }
        }
        if (!export.tasks().isEmpty()) {
            lines.add("");
            lines.add(messages.get("subjectAccess.pdf.tasks"));
            for (SubjectExport.Task task : export.tasks()) {
                lines.add("  " + task.caseReference() + ": " + task.name());
            }
        }
        return pdf(lines);
    }

    private static void notes(List<String> lines, List<SubjectExport.Note> notes, Messages messages) {
        for (SubjectExport.Note note : notes) {
            lines.add("  " + messages.get("subjectAccess.pdf.note", note.marking(), note.addedAt().withNano(0)));
            texts(lines, List.of(note.text()), "    ");
            for (SubjectExport.EvidenceEntry file : note.files()) {
                lines.add("    " + messages.get("subjectAccess.pdf.noteFile") + ": " + file(file));
            }
            for (SubjectExport.Share share : note.shares()) {
                lines.add("    " + (share.revokedAt() == null
                        ? messages.get("subjectAccess.pdf.shared", share.grantee(), share.grantedAt().withNano(0))
                        : messages.get("subjectAccess.pdf.sharedUntil", share.grantee(), share.grantedAt().withNano(0),
                        share.revokedAt().withNano(0))));
            }
        }
    }

    /** A file as listed: name, type, size and when it was added (never its content). */
    private static String file(SubjectExport.EvidenceEntry item) {
        return item.fileName() + " (" + item.mediaType() + ", " + item.sizeBytes() + " bytes), " + item.addedAt().withNano(0);
    }

    private static void facts(List<String> lines, Map<String, String> facts, String indent, Messages messages) {
        facts.forEach((key, value) -> lines.add(indent
                + (messages == null ? key : messages.find("subjectAccess.fact." + key).orElse(key)) + ": " + value));
    }

    private static void texts(List<String> lines, List<SubjectExport.Text> texts, String indent) {
        for (SubjectExport.Text text : texts) {
            lines.add(indent + text.label() + ":");
            for (String paragraph : text.text().split("\\R", -1)) {
                lines.add(indent + "  " + paragraph);
            }
        }
    }

    private static byte[] pdf(List<String> text) {
        return LAYOUT.of(text);
    }
}
