package org.safecase.takedown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.OpenCase;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.SchoolFacts;
import org.safecase.identity.Schools;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Removal-request letters (R-ST-5) for a case, in the school's own wording. */
@ApplicationScoped
@Transactional
public class RemovalLetters {
    @Inject
    org.safecase.platform.AuditTrail audit;
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseFiles caseFiles;
    @Inject
    Authorisation authorisation;
    @Inject
    Schools schools;
    @Inject
    Clock clock;

    /**
     * The letter as a PDF, for the school's online-safety lead or head teacher (R-ST-5). The poster
     * and the material's address default to what the report said (the person responsible, if
     * named, and the web address); without a name the letter says "Sir or Madam".
     */
    public byte[] letter(Caller caller, String reference, String poster, String address) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        authorisation.requireMayActForSchool(caller);
        if (open.childProtection()) {
            throw new NotFoundException("notFound.case");
        }
        SchoolFacts school = schools.facts(open.schoolId());
        audit.record(caller.userId(), open.schoolId(), org.safecase.platform.AuditAction.LETTER_DOWNLOADED, open.reference());
        org.safecase.casefile.IncidentDetails report = caseFiles.detailsOf(open);
        String to = poster == null || poster.isBlank() ? report.circumstances().perpetratorName() : poster;
        String where = address == null || address.isBlank() ? report.locationUrl() : address;
        return RemovalLetter.pdf(RemovalLetter.fill(template(open.schoolId()), school.name(), LocalDate.now(clock),
                where, to));
    }

    public String template(Caller caller, Long schoolId) {
        SchoolFacts school = schools.visibleTo(caller, schoolId);
        return template(school.id());
    }

    public String changeTemplate(Caller caller, Long schoolId, String text) {
        SchoolFacts school = schools.visibleTo(caller, schoolId);
        authorisation.requireMayManageSchoolCalendar(caller, school);
        String wording = text == null ? "" : text.strip();
        if (wording.isEmpty() || wording.length() > RemovalLetter.MAX_TEMPLATE) {
            throw new InvalidInputException(List.of(new FieldProblem("text",
                    "problem.removalLetters.text")));
        }
        LetterTemplate template = em.find(LetterTemplate.class, school.id());
        if (template == null) {
            template = new LetterTemplate(school.id());
            template.change(wording, LocalDateTime.now(clock));
            em.persist(template);
        } else {
            template.change(wording, LocalDateTime.now(clock));
        }
        return wording;
    }

    private String template(Long schoolId) {
        LetterTemplate template = em.find(LetterTemplate.class, schoolId);
        return template == null ? RemovalLetter.defaultText(org.safecase.platform.Locales.current()) : template.removalRequest();
    }
}
