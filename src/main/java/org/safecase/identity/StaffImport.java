package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Locales;
import org.safecase.platform.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issue #13 item 3: an LA admin imports their staff from a CSV file ({@link StaffCsv}: name,
 * email, school, roles). A preview shows every row with its problems in words (syntax, a school
 * not of this local authority, an e-mail address already used, roles that do not fit where the
 * person works); importing checks the file again, as the data may have changed meanwhile, and
 * makes the good rows' users in one transaction, each mailed a welcome link like a user made by
 * hand. Nothing is made from a row with a problem.
 */
@ApplicationScoped
public class StaffImport {
    static final int MAX_BYTES = 1024 * 1024;
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    StaffAdministration staff;
    @Inject
    AuditTrail audit;

    /** Every row of the file with its problems; nothing is stored. */
    public ImportPreview preview(Caller caller, byte[] file) {
        authorisation.requireLocalAuthorityAdministration(caller);
        List<Checked> rows = check(caller, file);
        return preview(rows, 0);
    }

    /** Makes the users of the good rows; answers every row with its problems and how many were made. */
    @Transactional
    public ImportPreview importGood(Caller caller, byte[] file) {
        authorisation.requireLocalAuthorityAdministration(caller);
        List<Checked> rows = check(caller, file);
        int imported = 0;
        for (Checked row : rows) {
            if (row.user() != null) {
                staff.make(caller, row.user());
                imported++;
            }
        }
        audit.record(caller.userId(), null, AuditAction.STAFF_IMPORTED, "import");
        return preview(rows, imported);
    }

    private record Checked(ImportRow row, StaffAdministration.Checked user) {
    }

    private static ImportPreview preview(List<Checked> rows, int imported) {
        List<ImportRow> shown = rows.stream().map(Checked::row).toList();
        int good = (int) shown.stream().filter(ImportRow::good).count();
        return new ImportPreview(shown, good, shown.size() - good, imported);
    }

    private List<Checked> check(Caller caller, byte[] file) {
        if (file == null || file.length == 0 || file.length > MAX_BYTES) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "import.problem.size", MAX_BYTES / 1024)));
        }
        List<StaffRow> parsed;
        try {
            parsed = StaffCsv.parse(file);
        } catch (StaffCsv.Unreadable e) {
            throw new InvalidInputException(List.of(new FieldProblem("file", e.phrase())));
        }
        Map<String, List<School>> schools = schoolsByNameAndNumber(caller.localAuthorityId());
        Set<String> used = emailsUsed(parsed);
        Locale locale = Locales.current();
        List<Checked> rows = new ArrayList<>();
        for (StaffRow row : parsed) {
            List<String> keys = new ArrayList<>(row.problemKeys());
            Long schoolId = null;
            if (!row.school().isBlank()) {
                List<School> named = schools.getOrDefault(row.school().strip().toLowerCase(Locale.ROOT), List.of());
                if (named.size() != 1) {
                    keys.add(named.isEmpty() ? "import.problem.schoolUnknown" : "import.problem.schoolAmbiguous");
                } else {
                    schoolId = named.get(0).getId();
                }
            }
            String email = row.email().strip().toLowerCase(Locale.ROOT);
            if (row.good() && used.contains(email)) {
                keys.add("import.problem.emailUsed");
            }
            if (row.good() && keys.isEmpty()) {
                String misfit = StaffAdministration.misfit(StaffCsv.rolesOf(row.roles()), schoolId);
                if (misfit != null) {
                    keys.add(misfit);
                }
            }
            List<String> problems = keys.stream().map(key -> Messages.text(locale, key)).toList();
            ImportRow shown = new ImportRow(row.line(), row.name(), row.email(), row.school(), row.roles(), problems);
            StaffAdministration.Checked user = problems.isEmpty() ? new StaffAdministration.Checked(row.name().strip(),
                    email, schoolId, StaffCsv.rolesOf(row.roles())) : null;
            rows.add(new Checked(shown, user));
        }
        return rows;
    }

    /** The local authority's schools by lower-case name and by number, for the file's school column. */
    private Map<String, List<School>> schoolsByNameAndNumber(Long localAuthorityId) {
        Map<String, List<School>> schools = new HashMap<>();
        em.createQuery("select s from School s where s.localAuthorityId = :la", School.class)
                .setParameter("la", localAuthorityId).getResultStream().forEach(school -> {
                    schools.computeIfAbsent(school.getName().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(school);
                    schools.computeIfAbsent(school.getUrn(), k -> new ArrayList<>()).add(school);
                });
        return schools;
    }

    /** Which of the file's addresses an account already has (as e-mail or user name), in chunks of {@value #IN_CHUNK}. */
    private Set<String> emailsUsed(List<StaffRow> rows) {
        List<String> emails = rows.stream().map(row -> row.email().strip().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty()).distinct().toList();
        Set<String> used = new HashSet<>();
        for (int from = 0; from < emails.size(); from += IN_CHUNK) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + IN_CHUNK));
            used.addAll(em.createQuery("select u.emailKey from AppUser u where u.emailKey in :emails", String.class)
                    .setParameter("emails", chunk).getResultList());
            used.addAll(em.createQuery("select u.username from AppUser u where u.username in :emails", String.class)
                    .setParameter("emails", chunk).getResultList());
        }
        return used;
    }
}
