package org.safecase.oversight.patterns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.CaseDestroying;
import org.safecase.platform.CaseIdentifiersRecorded;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issue #15 item 4, the boundary: keys what each case names (the report's account, web address,
 * phone number and perpetrator, when that is an identifier; the material's web address in provider
 * reports; web addresses kept as evidence) as it is recorded, forgets a destroyed case's keys, and
 * lists for an LA admin the keys that two or more schools of their LA have named.
 * <p>
 * Keying joins the transaction that recorded the case, so a key exists exactly when its record does.
 * The identifiers are read here, normalised and keyed in memory, and never stored, logged or
 * answered; only the keyed hash is kept.
 */
@ApplicationScoped
public class PatternKeys {
    /** A pattern is an identifier named in at least this many schools. */
    static final int MIN_SCHOOLS = 2;
    static final int MAX_PAGE = 100;
    /** How much of the keyed hash a page shows to tell patterns apart. */
    static final int TAG_LENGTH = 12;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    PatternKeying keying;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;

    void onRecorded(@Observes CaseIdentifiersRecorded recorded) {
        key(recorded.incidentId());
    }

    /** R-X-5: a destroyed case's keys go with it (the patterns it made with other schools may end). */
    void onDestroying(@Observes CaseDestroying destroying) {
        em.createNativeQuery("DELETE FROM pattern_key WHERE incident_id = ?")
                .setParameter(1, destroying.incidentId()).executeUpdate();
    }

    /** Keys what the case names; a key it already has is left as it is. Returns how many keys it has now. */
    int key(long incidentId) {
        if (!keying.configured()) {
            return 0;
        }
        List<?> found = em.createNativeQuery("SELECT i.school_id, s.local_authority_id, i.reported_at, i.account_name, "
                        + "i.location_url, i.phone_number, i.perpetrator_name FROM incident i "
                        + "JOIN school s ON s.id = i.school_id WHERE i.id = ?")
                .setParameter(1, incidentId).getResultList();
        if (found.isEmpty()) {
            return 0;
        }
        Object[] incident = (Object[]) found.get(0);
        long school = ((Number) incident[0]).longValue();
        long localAuthority = ((Number) incident[1]).longValue();
        Timestamp reportedAt = timestamp(incident[2]);
        Map<Identifier, Timestamp> named = new LinkedHashMap<>();
        name(named, Identifiers.account((String) incident[3]), reportedAt);
        name(named, Identifiers.webAddress((String) incident[4]), reportedAt);
        name(named, Identifiers.phone((String) incident[5]), reportedAt);
        name(named, Identifiers.perpetrator((String) incident[6]), reportedAt);
        for (Object row : em.createNativeQuery("SELECT material_url, recorded_at FROM provider_report "
                + "WHERE incident_id = ? AND material_url IS NOT NULL ORDER BY recorded_at")
                .setParameter(1, incidentId).getResultList()) {
            Object[] columns = (Object[]) row;
            name(named, Identifiers.webAddress((String) columns[0]), timestamp(columns[1]));
        }
        for (Object row : em.createNativeQuery("SELECT web_address, added_at FROM evidence_item "
                + "WHERE incident_id = ? AND web_address IS NOT NULL ORDER BY added_at")
                .setParameter(1, incidentId).getResultList()) {
            Object[] columns = (Object[]) row;
            name(named, Identifiers.webAddress((String) columns[0]), timestamp(columns[1]));
        }
        for (Map.Entry<Identifier, Timestamp> identifier : named.entrySet()) {
            Optional<String> key = keying.keyOf(identifier.getKey());
            if (key.isEmpty()) {
                return 0;
            }
            em.createNativeQuery("INSERT IGNORE INTO pattern_key (key_hash, kind, incident_id, school_id, "
                            + "local_authority_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, key.get()).setParameter(2, identifier.getKey().kind().name())
                    .setParameter(3, incidentId).setParameter(4, school).setParameter(5, localAuthority)
                    .setParameter(6, identifier.getValue()).executeUpdate();
        }
        return named.size();
    }

    private static void name(Map<Identifier, Timestamp> named, Optional<Identifier> identifier, Timestamp at) {
        identifier.ifPresent(i -> named.putIfAbsent(i, at));
    }

    /**
     * One batch of the backfill of cases reported before this version (in its own transaction):
     * keys the next {@code size} cases by id after where it got to. True when there is nothing left
     * (or nothing can be keyed yet: no key configured, so it carries on at a later start).
     */
    @Transactional
    public boolean backfill(int size) {
        if (!keying.configured()) {
            return true;
        }
        em.createNativeQuery("INSERT IGNORE INTO pattern_key_backfill (name, last_incident_id) VALUES ('patterns', 0)")
                .executeUpdate();
        Object[] progress = (Object[]) em.createNativeQuery("SELECT last_incident_id, finished_at FROM pattern_key_backfill "
                + "WHERE name = 'patterns' FOR UPDATE").getSingleResult();
        if (progress[1] != null) {
            return true;
        }
        long last = ((Number) progress[0]).longValue();
        List<?> ids = em.createNativeQuery("SELECT id FROM incident WHERE id > ? ORDER BY id LIMIT ?")
                .setParameter(1, last).setParameter(2, size).getResultList();
        for (Object id : ids) {
            last = ((Number) id).longValue();
            key(last);
        }
        boolean finished = ids.size() < size;
        em.createNativeQuery("UPDATE pattern_key_backfill SET last_incident_id = ?, finished_at = ? WHERE name = 'patterns'")
                .setParameter(1, last).setParameter(2, finished ? Timestamp.valueOf(LocalDateTime.now()) : null)
                .executeUpdate();
        return finished;
    }

    /**
     * The keys named by cases of two or more schools of the caller's LA, most recently seen first,
     * paged in the database. LA admins only (refused in words); every view is audited.
     */
    @Transactional
    public PatternList list(Caller caller, int first, int size) {
        authorisation.requireMaySeePatterns(caller);
        long localAuthority = caller.localAuthorityId();
        audit.record(caller.userId(), null, AuditAction.PATTERNS_VIEWED, "la:" + localAuthority);
        Number total = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM pattern_key "
                        + "WHERE local_authority_id = ? GROUP BY kind, key_hash HAVING COUNT(DISTINCT school_id) >= ?) p")
                .setParameter(1, localAuthority).setParameter(2, MIN_SCHOOLS).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery("SELECT kind, key_hash, COUNT(DISTINCT school_id), MIN(recorded_at), "
                        + "MAX(recorded_at) FROM pattern_key WHERE local_authority_id = ? GROUP BY kind, key_hash "
                        + "HAVING COUNT(DISTINCT school_id) >= ? ORDER BY MAX(recorded_at) DESC, kind, key_hash "
                        + "LIMIT ? OFFSET ?")
                .setParameter(1, localAuthority).setParameter(2, MIN_SCHOOLS)
                .setParameter(3, Math.min(Math.max(size, 1), MAX_PAGE)).setParameter(4, Math.max(first, 0))
                .getResultList();
        List<Pattern> patterns = new ArrayList<>();
        if (!keys.isEmpty()) {
            Map<String, Set<String>> schools = new LinkedHashMap<>();
            Map<String, Set<String>> references = new LinkedHashMap<>();
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            Query members = em.createNativeQuery("SELECT p.kind, p.key_hash, s.name, i.reference FROM pattern_key p "
                    + "JOIN school s ON s.id = p.school_id JOIN incident i ON i.id = p.incident_id "
                    + "WHERE p.local_authority_id = ? AND p.key_hash IN (" + in + ") ORDER BY p.recorded_at, p.id");
            members.setParameter(1, localAuthority);
            for (int i = 0; i < keys.size(); i++) {
                members.setParameter(i + 2, keys.get(i)[1]);
            }
            for (Object row : members.getResultList()) {
                Object[] member = (Object[]) row;
                String id = member[0] + ":" + member[1];
                schools.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) member[2]);
                references.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) member[3]);
            }
            for (Object[] key : keys) {
                String id = key[0] + ":" + key[1];
                patterns.add(new Pattern(((String) key[1]).substring(0, TAG_LENGTH), IdentifierKind.valueOf((String) key[0]),
                        ((Number) key[2]).intValue(), List.copyOf(schools.getOrDefault(id, Set.of())),
                        localDateTime(key[3]), localDateTime(key[4]), List.copyOf(references.getOrDefault(id, Set.of()))));
            }
        }
        return new PatternList(patterns, total.longValue(), keying.configured());
    }

    private static Timestamp timestamp(Object value) {
        if (value instanceof Timestamp t) {
            return t;
        }
        if (value instanceof LocalDateTime l) {
            return Timestamp.valueOf(l);
        }
        return Timestamp.valueOf(LocalDateTime.now());
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof LocalDateTime l ? l : ((Timestamp) value).toLocalDateTime();
    }
}
