package org.safecase.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.CaseParties;
import org.safecase.evidence.ScreenedFile;
import org.safecase.evidence.UploadScreening;
import org.safecase.identity.Authorisation;
import org.safecase.identity.CaseAccess;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R-X-2 (issue #15 item 2): confidential notes, their files and who may read them. Every question of
 * who may do what is {@link Authorisation}'s; every add, view, download, grant, revoke and refusal is
 * audited with ids only ({@code note:<id>}), never the note's text or marking. A refusal is answered
 * as a note (or case) that does not exist and recorded in a transaction of its own, so that the
 * record survives the answer.
 */
@ApplicationScoped
@Transactional
public class ConfidentialNotes {
    /** A note is a few paragraphs, not a document: files carry the rest. */
    public static final int MAX_TEXT = 5000;
    /** Files on one note. */
    public static final int MAX_FILES = 10;
    /** The most notes listed at once (the newest of a case, or shared with a person). */
    static final int MAX_LISTED = 200;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseFiles caseFiles;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    UploadScreening screening;
    @Inject
    CallerDirectory callers;

    /** Whether the caller keeps notes on this case (the case page offers the form); not audited. */
    public boolean mayKeepNotes(Caller caller, String reference) {
        return caseFiles.parties(caller, reference).map(c -> authorisation.mayKeepNotes(caller, c.facts())).orElse(false);
    }

    /** Whether the caller may see some of the case itself (the case page shows them the notes shared with them). */
    public boolean maySeeCase(Caller caller, String reference) {
        return caseFiles.parties(caller, reference).map(c -> c.access() != CaseAccess.NONE).orElse(false);
    }

    /**
     * The case's notes the caller may read, oldest first: the author's own with everyone they were
     * shared with, or the ones shared with the caller. Anyone else gets none; someone who may not see
     * the case either is answered as for a case that does not exist (and refused on the record).
     */
    public NoteList list(Caller caller, String reference) {
        CaseParties parties = caseFiles.parties(caller, reference).orElseThrow(() -> new NotFoundException("notFound.case"));
        List<ConfidentialNote> candidates = em.createQuery("select n from ConfidentialNote n where n.incidentId = :incident "
                        + "and (n.authorId = :me or n.id in (select g.noteId from NoteGrant g where g.granteeId = :me "
                        + "and g.revokedAt is null)) order by n.addedAt, n.id", ConfidentialNote.class)
                .setParameter("incident", parties.incidentId()).setParameter("me", caller.userId())
                .setMaxResults(MAX_LISTED).getResultList();
        List<ConfidentialNote> readable = readable(caller, candidates);
        if (readable.isEmpty() && parties.access() == CaseAccess.NONE && !authorisation.mayKeepNotes(caller, parties.facts())) {
            throw refused(caller, parties, "notes:" + parties.reference(), "notFound.case");
        }
        return new NoteList(entries(caller, readable, Map.of(parties.incidentId(), place(parties)), true));
    }

    /** As {@link #add(Caller, String, String, String, String, byte[])} without a file. */
    public NoteEntry add(Caller caller, String reference, String marking, String text) {
        return add(caller, reference, marking, text, null, null);
    }

    /**
     * R-X-2: the caller adds a note to their own case, marked personal or union business, with a file
     * if {@code file} holds one (screened as evidence is; a refused file keeps nothing, the note
     * neither). Allowed on a closed case too: union business often follows a closure (R-ST-13).
     */
    public NoteEntry add(Caller caller, String reference, String marking, String text, String fileName, byte[] file) {
        CaseParties parties = caseFiles.parties(caller, reference).orElseThrow(() -> new NotFoundException("notFound.case"));
        try {
            authorisation.requireMayKeepNotes(caller, parties.facts(), parties.access());
        } catch (RuntimeException refusal) {
            recordRefusal(caller, parties.facts().schoolId(), "notes:" + parties.reference());
            throw refusal;
        }
        NoteRules.Checked checked = NoteRules.checked(marking, text);
        ConfidentialNote note = new ConfidentialNote(parties.incidentId(), caller.userId(), checked.marking(), checked.text(),
                LocalDateTime.now(clock));
        em.persist(note);
        em.flush();
        audit.record(caller.userId(), parties.facts().schoolId(), AuditAction.NOTE_ADDED, subject(note.getId()));
        if (file != null && file.length > 0) {
            keepFile(caller, parties, note, fileName, file);
        }
        return entries(caller, List.of(note), Map.of(parties.incidentId(), place(parties)), false).get(0);
    }

    /** R-X-2: the author adds a file to their note (at most {@value #MAX_FILES}); anyone else: not found. */
    public NoteFileEntry addFile(Caller caller, String reference, Long noteId, String fileName, byte[] content) {
        CaseParties parties = caseFiles.parties(caller, reference).orElseThrow(() -> new NotFoundException("notFound.case"));
        ConfidentialNote note = authorsNote(caller, parties, noteId);
        return keepFile(caller, parties, note, fileName, content);
    }

    private NoteFileEntry keepFile(Caller caller, CaseParties parties, ConfidentialNote note, String fileName, byte[] content) {
        long held = em.createQuery("select count(f) from NoteFile f where f.noteId = :note", Long.class)
                .setParameter("note", note.getId()).getSingleResult();
        if (held >= MAX_FILES) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "problem.notes.tooManyFiles", MAX_FILES)));
        }
        ScreenedFile screened = screening.accepted(fileName, content, "file");
        NoteFile kept = new NoteFile(note.getId(), screened.fileName(), screened.mediaType(), screened.content(),
                screened.sha256(), LocalDateTime.now(clock));
        em.persist(kept);
        em.flush();
        audit.record(caller.userId(), parties.facts().schoolId(), AuditAction.NOTE_FILE_ADDED,
                subject(note.getId()) + ":file:" + kept.getId());
        return kept.entry();
    }

    /** A note's file, for its author and the people it is shared with; anyone else: not found, refused on the record. */
    public NoteDownload download(Caller caller, String reference, Long noteId, Long fileId) {
        CaseParties parties = caseFiles.parties(caller, reference).orElseThrow(() -> new NotFoundException("notFound.note"));
        ConfidentialNote note = noteOf(parties, noteId);
        NoteFile file = fileId == null ? null : em.find(NoteFile.class, fileId);
        String subject = subject(noteId) + ":file:" + fileId;
        if (note == null || file == null || !file.getNoteId().equals(note.getId())
                || !authorisation.mayReadNote(caller, note.getAuthorId(), grantedTo(caller, note.getId()))) {
            throw refused(caller, parties, subject, "notFound.note");
        }
        audit.record(caller.userId(), parties.facts().schoolId(), AuditAction.NOTE_FILE_DOWNLOADED, subject);
        return file.download();
    }

    /**
     * R-X-2: the author lets a named person (their user name) read one note, from now until revoked;
     * naming someone who already may read it changes nothing. Someone the author may not name
     * ({@link Authorisation#mayReceiveNote}) is answered as a name that does not exist.
     */
    public NoteGrantEntry grant(Caller caller, String reference, Long noteId, String username) {
        CaseParties parties = caseFiles.parties(caller, reference).orElseThrow(() -> new NotFoundException("notFound.note"));
        ConfidentialNote note = authorsNote(caller, parties, noteId);
        Caller grantee = granteeNamed(caller, parties, username);
        String name = callers.displayNames(List.of(Authorisation.workflowUserId(grantee))).get(Authorisation.workflowUserId(grantee));
        List<NoteGrant> active = em.createQuery("select g from NoteGrant g where g.noteId = :note and g.granteeId = :grantee "
                        + "and g.revokedAt is null", NoteGrant.class)
                .setParameter("note", note.getId()).setParameter("grantee", grantee.userId()).getResultList();
        if (!active.isEmpty()) {
            return active.get(0).entry(name);
        }
        NoteGrant grant = new NoteGrant(note.getId(), grantee.userId(), caller.userId(), LocalDateTime.now(clock));
        em.persist(grant);
        em.flush();
        audit.record(caller.userId(), parties.facts().schoolId(), AuditAction.NOTE_ACCESS_GRANTED,
                subject(note.getId()) + ":grant:" + grant.getId());
        return grant.entry(name);
    }

    /** R-X-2: the author takes a person's access back; from the next request on they read nothing of the note. */
    public NoteGrantEntry revoke(Caller caller, String reference, Long noteId, Long grantId) {
        CaseParties parties = caseFiles.parties(caller, reference).orElseThrow(() -> new NotFoundException("notFound.note"));
        ConfidentialNote note = authorsNote(caller, parties, noteId);
        NoteGrant grant = grantId == null ? null : em.find(NoteGrant.class, grantId);
        if (grant == null || !grant.getNoteId().equals(note.getId())) {
            throw refused(caller, parties, subject(noteId) + ":grant:" + grantId, "notFound.grant");
        }
        if (grant.isActive()) {
            grant.revoke(caller.userId(), LocalDateTime.now(clock));
            audit.record(caller.userId(), parties.facts().schoolId(), AuditAction.NOTE_ACCESS_REVOKED,
                    subject(note.getId()) + ":grant:" + grant.getId());
        }
        String grantee = Authorisation.workflowUserId(grant.getGranteeId());
        return grant.entry(callers.displayNames(List.of(grantee)).get(grantee));
    }

    /** R-X-2: the notes shared with the caller and not revoked, on any case, newest first. */
    public List<NoteEntry> sharedWith(Caller caller) {
        List<ConfidentialNote> notes = em.createQuery("select n from ConfidentialNote n where n.id in (select g.noteId "
                        + "from NoteGrant g where g.granteeId = :me and g.revokedAt is null) order by n.addedAt desc, n.id desc",
                        ConfidentialNote.class)
                .setParameter("me", caller.userId()).setMaxResults(MAX_LISTED).getResultList();
        List<ConfidentialNote> readable = readable(caller, notes);
        if (readable.isEmpty()) {
            return List.of();
        }
        Set<Long> incidents = readable.stream().map(ConfidentialNote::getIncidentId).collect(Collectors.toSet());
        return entries(caller, readable, placesOf(caller, incidents), true);
    }

    /**
     * The caller's own notes on all their cases, newest first, with who may read each now: for "my
     * reports". Their text is not shown there, so this is not a view of them (the case page's is).
     */
    public List<MyNote> mine(Caller caller) {
        List<ConfidentialNote> notes = em.createQuery("select n from ConfidentialNote n where n.authorId = :me "
                        + "order by n.addedAt desc, n.id desc", ConfidentialNote.class)
                .setParameter("me", caller.userId()).setMaxResults(MAX_LISTED).getResultList();
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ids(notes);
        Map<Long, Long> files = em.createQuery("select f.noteId, count(f) from NoteFile f where f.noteId in :notes "
                        + "group by f.noteId", Object[].class).setParameter("notes", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        List<NoteGrant> grants = em.createQuery("select g from NoteGrant g where g.noteId in :notes and g.revokedAt is null "
                        + "order by g.grantedAt, g.id", NoteGrant.class).setParameter("notes", ids).getResultList();
        Map<String, String> names = callers.displayNames(grants.stream()
                .map(g -> Authorisation.workflowUserId(g.getGranteeId())).collect(Collectors.toSet()));
        Set<Long> incidents = notes.stream().map(ConfidentialNote::getIncidentId).collect(Collectors.toSet());
        Map<Long, CasePlace> places = placesOf(caller, incidents);
        return notes.stream().map(n -> new MyNote(n.getId(), places.get(n.getIncidentId()).reference(), n.getMarking(),
                n.getAddedAt(), files.getOrDefault(n.getId(), 0L), grants.stream().filter(g -> g.getNoteId().equals(n.getId()))
                .map(g -> names.get(Authorisation.workflowUserId(g.getGranteeId()))).toList())).toList();
    }

    /**
     * Issue #15 item 7: the notes a person wrote on one of their cases, oldest first, with their files
     * (never the content) and every grant they ever gave, for a subject-access export that
     * {@code SubjectAccess} has authorised. Grantees are left unnamed: each is another person, whom the
     * export redacts. Not audited here: the request that reads them is.
     */
    public List<NoteEntry> writtenFor(long authorId, long incidentId, String reference) {
        List<ConfidentialNote> notes = em.createQuery("select n from ConfidentialNote n where n.incidentId = :incident "
                        + "and n.authorId = :author order by n.addedAt, n.id", ConfidentialNote.class)
                .setParameter("incident", incidentId).setParameter("author", authorId).getResultList();
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ids(notes);
        Map<Long, List<NoteFileEntry>> files = filesOf(ids);
        Map<Long, List<NoteGrantEntry>> grants = em.createQuery("select g from NoteGrant g where g.noteId in :notes "
                        + "order by g.grantedAt, g.id", NoteGrant.class).setParameter("notes", ids).getResultStream()
                .collect(Collectors.groupingBy(NoteGrant::getNoteId, Collectors.mapping(g -> g.entry(null), Collectors.toList())));
        return notes.stream().map(n -> new NoteEntry(n.getId(), reference, n.getMarking(), n.getBody(), null,
                n.getAddedAt(), true, files.getOrDefault(n.getId(), List.of()), grants.getOrDefault(n.getId(), List.of())))
                .toList();
    }

    /** How many notes are shared with the caller now (the navigation offers the page when any are); not audited. */
    public long countSharedWith(Caller caller) {
        return em.createQuery("select count(g) from NoteGrant g where g.granteeId = :me and g.revokedAt is null", Long.class)
                .setParameter("me", caller.userId()).getSingleResult();
    }

    /**
     * R-X-5: the case is being destroyed; its notes, their files and grants go with it, in the same
     * transaction (the audit rows stay: they hold ids only). Called by {@link NotesOfDestroyedCase} only.
     */
    public void destroyAllOf(Long incidentId) {
        em.createNativeQuery("DELETE g FROM confidential_note_grant g JOIN confidential_note n ON n.id = g.note_id "
                + "WHERE n.incident_id = ?").setParameter(1, incidentId).executeUpdate();
        em.createNativeQuery("DELETE f FROM confidential_note_file f JOIN confidential_note n ON n.id = f.note_id "
                + "WHERE n.incident_id = ?").setParameter(1, incidentId).executeUpdate();
        em.createNativeQuery("DELETE FROM confidential_note WHERE incident_id = ?").setParameter(1, incidentId).executeUpdate();
    }

    /** The note, on this case, if the caller wrote it; otherwise not found, refused on the record. */
    private ConfidentialNote authorsNote(Caller caller, CaseParties parties, Long noteId) {
        ConfidentialNote note = noteOf(parties, noteId);
        if (note == null || !authorisation.mayShareNote(caller, note.getAuthorId())) {
            throw refused(caller, parties, subject(noteId), "notFound.note");
        }
        return note;
    }

    private ConfidentialNote noteOf(CaseParties parties, Long noteId) {
        ConfidentialNote note = noteId == null ? null : em.find(ConfidentialNote.class, noteId);
        return note != null && note.getIncidentId().equals(parties.incidentId()) ? note : null;
    }

    private Caller granteeNamed(Caller author, CaseParties parties, String username) {
        String name = username == null ? "" : username.strip();
        InvalidInputException unknown = new InvalidInputException(List.of(new FieldProblem("username",
                name.isEmpty() ? "problem.notes.usernameMissing" : "problem.notes.usernameUnknown")));
        if (name.isEmpty() || name.length() > 100) {
            throw unknown;
        }
        Caller grantee;
        try {
            grantee = callers.forUsername(name);
        } catch (RuntimeException e) {
            if (Failures.rootOf(e) instanceof NotFoundException) {
                throw unknown;
            }
            throw e;
        }
        if (grantee.userId().equals(author.userId())) {
            throw new InvalidInputException(List.of(new FieldProblem("username", "problem.notes.usernameYourself")));
        }
        if (!authorisation.mayReceiveNote(author, grantee, parties.facts())) {
            throw unknown;
        }
        return grantee;
    }

    private boolean grantedTo(Caller caller, Long noteId) {
        return !em.createQuery("select g.id from NoteGrant g where g.noteId = :note and g.granteeId = :me "
                        + "and g.revokedAt is null", Long.class)
                .setParameter("note", noteId).setParameter("me", caller.userId()).setMaxResults(1).getResultList().isEmpty();
    }

    /** The notes the caller may read among {@code candidates}, as {@link Authorisation#mayReadNote} decides. */
    private List<ConfidentialNote> readable(Caller caller, List<ConfidentialNote> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> granted = new HashSet<>(em.createQuery("select g.noteId from NoteGrant g where g.granteeId = :me "
                        + "and g.revokedAt is null and g.noteId in :notes", Long.class)
                .setParameter("me", caller.userId()).setParameter("notes", ids(candidates)).getResultList());
        return candidates.stream().filter(n -> authorisation.mayReadNote(caller, n.getAuthorId(), granted.contains(n.getId())))
                .toList();
    }

    /** A case's reference and school, for the notes of it shown. */
    private record CasePlace(String reference, Long schoolId) {
    }

    /** The references and schools of these cases. */
    private Map<Long, CasePlace> placesOf(Caller caller, Set<Long> incidents) {
        return caseFiles.parties(caller, incidents).values().stream()
                .collect(Collectors.toMap(CaseParties::incidentId, ConfidentialNotes::place));
    }

    private static CasePlace place(CaseParties parties) {
        return new CasePlace(parties.reference(), parties.facts().schoolId());
    }

    /** The notes as their reader sees them; when {@code shown}, each view audited (R-X-3, ids only). */
    private List<NoteEntry> entries(Caller caller, List<ConfidentialNote> notes, Map<Long, CasePlace> places, boolean shown) {
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ids(notes);
        Map<Long, List<NoteFileEntry>> files = filesOf(ids);
        List<Long> own = notes.stream().filter(n -> authorisation.mayShareNote(caller, n.getAuthorId()))
                .map(ConfidentialNote::getId).toList();
        List<NoteGrant> grants = own.isEmpty() ? List.of() : em.createQuery("select g from NoteGrant g where g.noteId in :notes "
                        + "order by g.grantedAt, g.id", NoteGrant.class).setParameter("notes", own).getResultList();
        Set<String> people = new HashSet<>();
        notes.forEach(n -> people.add(Authorisation.workflowUserId(n.getAuthorId())));
        grants.forEach(g -> people.add(Authorisation.workflowUserId(g.getGranteeId())));
        Map<String, String> names = callers.displayNames(people);
        List<NoteEntry> entries = new ArrayList<>();
        for (ConfidentialNote note : notes) {
            boolean mine = own.contains(note.getId());
            List<NoteGrantEntry> shared = grants.stream().filter(g -> g.getNoteId().equals(note.getId()))
                    .map(g -> g.entry(names.get(Authorisation.workflowUserId(g.getGranteeId())))).toList();
            CasePlace place = places.get(note.getIncidentId());
            entries.add(new NoteEntry(note.getId(), place.reference(), note.getMarking(), note.getBody(),
                    names.get(Authorisation.workflowUserId(note.getAuthorId())), note.getAddedAt(), mine,
                    files.getOrDefault(note.getId(), List.of()), mine ? shared : List.of()));
            if (shown) {
                audit.record(caller.userId(), place.schoolId(), AuditAction.NOTE_VIEWED, subject(note.getId()));
            }
        }
        return entries;
    }

    /** The files of these notes, without their content, oldest first. */
    private Map<Long, List<NoteFileEntry>> filesOf(List<Long> ids) {
        return em.createQuery("select f from NoteFile f where f.noteId in :notes order by f.addedAt, f.id", NoteFile.class)
                .setParameter("notes", ids).getResultStream()
                .collect(Collectors.groupingBy(NoteFile::getNoteId, Collectors.mapping(NoteFile::entry, Collectors.toList())));
    }

    private static List<Long> ids(Collection<ConfidentialNote> notes) {
        return notes.stream().map(ConfidentialNote::getId).toList();
    }

    private static String subject(Long noteId) {
        return "note:" + noteId;
    }

    private NotFoundException refused(Caller caller, CaseParties parties, String subject, String key) {
        recordRefusal(caller, parties.facts().schoolId(), subject);
        return new NotFoundException(key);
    }

    private void recordRefusal(Caller caller, Long schoolId, String subject) {
        audit.recordBeforehand(caller.userId(), schoolId, AuditAction.NOTE_REFUSED, subject);
    }
}
