package org.safecase.identity;

import org.safecase.platform.LocalizedException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issue #13 item 3: the bulk import of staff reads a CSV file, as a spreadsheet saves it, into
 * rows to preview, each with its own problems, so that an administrator corrects the file once
 * instead of learning of one mistake per upload.
 *
 * <p>The first line names the columns {@code name}, {@code email}, {@code school} and
 * {@code roles}, in any order and any case; each later line is one person. {@code school} is the
 * school's name, empty for someone who works for the local authority; {@code roles} lists
 * {@link Role} names separated by {@code ;} or {@code |}, in any case and with spaces or hyphens
 * for underscores ({@code deputy dsl}). Values are trimmed; lines with no value at all (a blank
 * line, or a spreadsheet's {@code ,,,}) are skipped.
 *
 * <p>Only the form is checked here, with no database: a name, a plausible e-mail address, known
 * roles and at least one, one value per column, and no e-mail address twice in the file. Whether
 * the school exists and the address is free is for the import to add.
 *
 * <p>A file that cannot be read as a whole (not UTF-8, no usable first line, more than
 * {@link #MAX_ROWS} people, a quote never closed) is refused with {@link Unreadable} rather than
 * shown as rows, since every row of it would be wrong for the same reason.
 */
final class StaffCsv {
    /** At most this many people per file: a large secondary school's staff, and a page that still loads. */
    static final int MAX_ROWS = 2000;
    /** The lengths of {@code app_user.display_name} and {@code app_user.email}, in characters. */
    static final int MAX_NAME = 200;

    private static final String NAME = "name";
    private static final String EMAIL = "email";
    private static final String SCHOOL = "school";
    private static final String ROLES = "roles";
    private static final List<String> COLUMNS = List.of(NAME, EMAIL, SCHOOL, ROLES);

    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern ROLE_WORD_BREAK = Pattern.compile("[\\s-]+");

    /** The whole file was refused; {@link #key()} says why in the bundle's words. */
    static final class Unreadable extends LocalizedException {
        Unreadable(String key, Object... arguments) {
            super(key, arguments);
        }

        String key() {
            return phrase().key();
        }
    }

    private StaffCsv() {
    }

    /**
     * Every person in the file, in file order, each with the problems of form found in it. A row's
     * line is the line of the file it starts on, which is the spreadsheet's row number unless an
     * earlier value holds a line break.
     *
     * @throws Unreadable when the file as a whole cannot be read
     */
    static List<StaffRow> parse(byte[] file) {
        CsvReader reader = new CsvReader(textOf(file));
        try {
            Map<String, Integer> columns = columnsOf(reader);
            List<StaffRow> rows = new ArrayList<>();
            Set<String> emailsSeen = new HashSet<>();
            for (CsvReader.Record csvRecord = reader.next(); csvRecord != null; csvRecord = reader.next()) {
                if (csvRecord.blank()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new Unreadable("import.problem.tooManyRows", MAX_ROWS);
                }
                rows.add(rowOf(csvRecord, columns, emailsSeen));
            }
            return rows;
        } catch (CsvReader.UnterminatedQuote e) {
            throw new Unreadable("import.problem.quote", e.line());
        }
    }

    /**
     * The roles of a row's {@code roles} value, for a row that {@link #parse} found good.
     *
     * @throws IllegalArgumentException if a role is not a {@link Role}'s name
     */
    static Set<Role> rolesOf(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : roleNames(roles)) {
            parsed.add(roleNamed(name).orElseThrow(() -> new IllegalArgumentException("Not a role: " + name)));
        }
        return parsed;
    }

    private static String textOf(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("import.problem.encoding");
        }
        if (text.indexOf('\0') >= 0) {
            // UTF-16 without a byte order mark decodes as UTF-8 with a NUL after every letter.
            throw new Unreadable("import.problem.encoding");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The position of each column, from the first line that is not blank. */
    private static Map<String, Integer> columnsOf(CsvReader reader) {
        CsvReader.Record header = reader.next();
        while (header != null && header.blank()) {
            header = reader.next();
        }
        if (header == null) {
            throw new Unreadable("import.problem.header");
        }
        List<String> names = header.fields().stream().map(String::strip).toList();
        if (names.stream().noneMatch(name -> COLUMNS.contains(name.toLowerCase(Locale.ROOT)))) {
            throw new Unreadable("import.problem.header");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String column = name.toLowerCase(Locale.ROOT);
            if (column.isEmpty() || columns.containsKey(column)) {
                throw new Unreadable("import.problem.header");
            }
            if (!COLUMNS.contains(column)) {
                throw new Unreadable("import.problem.unknownColumn", name);
            }
            columns.put(column, i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new Unreadable("import.problem.missingColumn", column);
            }
        }
        return columns;
    }

    private static StaffRow rowOf(CsvReader.Record csvRecord, Map<String, Integer> columns, Set<String> emailsSeen) {
        List<String> fields = csvRecord.fields();
        String name = value(fields, columns.get(NAME));
        String email = value(fields, columns.get(EMAIL));
        String school = value(fields, columns.get(SCHOOL));
        String roles = value(fields, columns.get(ROLES));
        List<String> problems = new ArrayList<>();
        if (fields.size() != columns.size()) {
            // The values may be in the wrong columns: judging them would only add noise.
            problems.add("import.problem.fields");
            return new StaffRow(csvRecord.line(), name, email, school, roles, problems);
        }
        if (name.isEmpty() || length(name) > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("import.problem.name");
        }
        if (!EmailAddresses.plausible(email)) {
            problems.add("import.problem.email");
        } else if (!emailsSeen.add(email.toLowerCase(Locale.ROOT))) {
            problems.add("import.problem.duplicateEmail");
        }
        List<String> roleNames = roleNames(roles);
        if (roleNames.stream().anyMatch(role -> roleNamed(role).isEmpty())) {
            problems.add("import.problem.role");
        }
        if (roleNames.isEmpty()) {
            problems.add("import.problem.noRole");
        }
        return new StaffRow(csvRecord.line(), name, email, school, roles, problems);
    }

    private static String value(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static List<String> roleNames(String roles) {
        return ROLE_SEPARATOR.splitAsStream(roles).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static Optional<Role> roleNamed(String name) {
        String constant = ROLE_WORD_BREAK.matcher(name.toUpperCase(Locale.ROOT)).replaceAll("_");
        for (Role role : Role.values()) {
            if (role.name().equals(constant)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
