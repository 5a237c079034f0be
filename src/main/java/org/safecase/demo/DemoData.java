package org.safecase.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.identity.AppUser;
import org.safecase.identity.LocalAuthority;
import org.safecase.identity.Nation;
import org.safecase.identity.PasswordHashing;
import org.safecase.identity.Role;
import org.safecase.identity.School;
import org.safecase.platform.PlatformReady;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Seeds the demo local authority once (idempotent: skipped when it exists). README lists the
 * logins; every demo user has the password {@value #PASSWORD}.
 */
@ApplicationScoped
public class DemoData {
    public static final String LOCAL_AUTHORITY = "Northshire County Council";
    public static final String PASSWORD = "SafeCase-demo-1";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    @ConfigProperty(name = "safecase.demo-data", defaultValue = "false")
    boolean enabled;

    @Transactional
    void seed(@Observes PlatformReady ready) {
        if (!enabled) {
            return;
        }
        boolean seeded = !em.createQuery("select la from LocalAuthority la where la.name = :name")
                .setParameter("name", LOCAL_AUTHORITY).getResultList().isEmpty();
        if (seeded) {
            return;
        }
        LocalAuthority la = new LocalAuthority(LOCAL_AUTHORITY);
        em.persist(la);
        em.flush();
        School riverside = school(la, "Riverside Primary School", "900001");
        School hillview = school(la, "Hillview Academy", "900002");
        School oakfield = school(la, "Oakfield High School", "900003");
        String hash = passwords.hash(PASSWORD);

        user(la, riverside, "staff.riverside", "Sam Staff", hash, EnumSet.of(Role.STAFF));
        user(la, riverside, "lead.riverside", "Lee Lead", hash, EnumSet.of(Role.STAFF, Role.ONLINE_SAFETY_LEAD));
        user(la, riverside, "dsl.riverside", "Dana Safeguarding", hash, EnumSet.of(Role.STAFF, Role.DSL));
        user(la, riverside, "deputydsl.riverside", "Dev Deputy", hash, EnumSet.of(Role.STAFF, Role.DEPUTY_DSL));
        user(la, riverside, "head.riverside", "Harriet Head", hash, EnumSet.of(Role.STAFF, Role.HEAD_TEACHER));
        user(la, riverside, "governor.riverside", "Gita Governor", hash, EnumSet.of(Role.GOVERNOR));
        user(la, hillview, "staff.hillview", "Hal Staff", hash, EnumSet.of(Role.STAFF));
        user(la, hillview, "lead.hillview", "Holly Lead", hash, EnumSet.of(Role.STAFF, Role.ONLINE_SAFETY_LEAD));
        user(la, hillview, "dsl.hillview", "Hugo Safeguarding", hash, EnumSet.of(Role.STAFF, Role.DSL));
        user(la, oakfield, "lead.oakfield", "Omar Lead", hash, EnumSet.of(Role.STAFF, Role.ONLINE_SAFETY_LEAD));
        user(la, null, "hr.northshire", "Hana HR", hash, EnumSet.of(Role.HR_OFFICER));
        user(la, null, "admin.northshire", "Alex Admin", hash, EnumSet.of(Role.LA_ADMIN));
        LOG.info("Demo local authority, 3 schools and 11 users seeded");
    }

    private School school(LocalAuthority la, String name, String urn) {
        School school = new School(la.getId(), name, urn, Nation.ENGLAND);
        em.persist(school);
        em.flush();
        return school;
    }

    private void user(LocalAuthority la, School school, String username, String name, String hash, Set<Role> roles) {
        em.persist(new AppUser(username, name, username + "@example.org", hash, la.getId(),
                school == null ? null : school.getId(), roles));
    }
}
