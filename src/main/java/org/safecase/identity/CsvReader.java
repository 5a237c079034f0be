package org.safecase.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated records as RFC 4180 writes them, and as spreadsheets export them: a field
 * in double quotes may hold commas, line breaks (kept as LF) and doubled quotes ({@code ""} for
 * one {@code "}); lines end in CRLF, LF or a lone CR; spaces before an opening quote are dropped.
 * It is lenient where the RFC is strict but the meaning is plain: a quote inside an unquoted
 * field, or text after a closing quote, is kept as typed. Only a quote left open at the end of the
 * text is an error, because then the rest of the file has been swallowed into one field.
 */
final class CsvReader {
    /** One record, with the physical line it starts on (1 = first line of the text). */
    record Record(int line, List<String> fields) {
        Record {
            fields = List.copyOf(fields);
        }

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quoted field still open at the end of the text; {@link #line()} is where its quote opened. */
    static final class UnterminatedQuote extends RuntimeException {
        private final int line;

        UnterminatedQuote(int line) {
            super("Quote opened on line " + line + " is never closed");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final String text;
    private int position;
    private int line = 1;

    CsvReader(String text) {
        this.text = text;
    }

    /** The next record, or null at the end of the text (a line break at the very end starts no record). */
    Record next() {
        if (position >= text.length()) {
            return null;
        }
        int start = line;
        int quoteLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        State state = State.FIELD_START;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (state == State.QUOTED) {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else if (c == '\r' || c == '\n') {
                    countLineBreak(c);
                    field.append('\n');
                } else {
                    field.append(c);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                state = State.FIELD_START;
            } else if (c == '\r' || c == '\n') {
                countLineBreak(c);
                fields.add(field.toString());
                return new Record(start, fields);
            } else if (c == '"' && state == State.FIELD_START) {
                field.setLength(0);
                quoteLine = line;
                state = State.QUOTED;
            } else if (c == '"' && state == State.QUOTE_IN_QUOTED) {
                field.append('"');
                state = State.QUOTED;
            } else {
                field.append(c);
                if (state != State.FIELD_START || (c != ' ' && c != '\t')) {
                    state = State.UNQUOTED;
                }
            }
        }
        if (state == State.QUOTED) {
            throw new UnterminatedQuote(quoteLine);
        }
        fields.add(field.toString());
        return new Record(start, fields);
    }

    /** Counts CRLF once: the CR is skipped over its LF. */
    private void countLineBreak(char c) {
        if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        if (c == '\r' || c == '\n') {
            line++;
        }
    }
}
