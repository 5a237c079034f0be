package org.safecase.notes;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** What a confidential note must hold (R-X-2): a marking, personal or union business, and some text. */
final class NoteRules {
    private NoteRules() {
    }

    /** The marking and text as {@link #marking} and {@link #text} read them, every problem of both at once. */
    static Checked checked(String marking, String text) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        NoteMarking kind = null;
        String body = null;
        try {
            kind = marking(marking);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            body = text(text);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(kind, body);
    }

    /** A note's marking and text, checked. */
    record Checked(NoteMarking marking, String text) {
    }

    /** The marking by its name ({@code PERSONAL}, {@code UNION_BUSINESS}, any case); none or another is refused. */
    static NoteMarking marking(String marking) {
        String name = marking == null ? "" : marking.strip().toUpperCase(Locale.ROOT);
        for (NoteMarking candidate : NoteMarking.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new InvalidInputException(List.of(new FieldProblem("marking", "problem.notes.marking")));
    }

    /** The text, stripped: not blank, at most {@link ConfidentialNotes#MAX_TEXT} characters. */
    static String text(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("text", "problem.notes.textMissing")));
        }
        if (body.length() > ConfidentialNotes.MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldProblem("text", "problem.notes.textTooLong",
                    ConfidentialNotes.MAX_TEXT)));
        }
        return body;
    }
}
