package org.safecase.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Users made for one test, so that a test which locks, deactivates or hands out tokens for an
 * account never disturbs the demo users other tests sign in as. A new user is a copy of a demo
 * user (school, local authority, roles and password, {@link Api#PASSWORD}) under a new name.
 * A class that makes users retires them after each test ({@link #retireAll}), so that no later
 * test finds an extra lead of the school among its task's recipients.
 */
public final class TestUsers {
    private static final java.util.Set<String> MADE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestUsers() {
    }

    /** Deactivates every user made here so far. */
    public static void retireAll() {
        for (String username : java.util.List.copyOf(MADE)) {
            setInactive(username);
            MADE.remove(username);
        }
    }

    /** A new active user like {@code demoUser}; answers its user name. */
    public static String copyOf(String demoUser) {
        String username = demoUser.substring(0, demoUser.indexOf('.')) + "." + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = TestDatabase.connect()) {
            try (PreparedStatement user = db.prepareStatement("INSERT INTO app_user (username, display_name, email, "
                    + "password_hash, local_authority_id, school_id, active) SELECT ?, ?, ?, password_hash, "
                    + "local_authority_id, school_id, TRUE FROM app_user WHERE username = ?", Statement.RETURN_GENERATED_KEYS)) {
                user.setString(1, username);
                user.setString(2, "Test " + username);
                user.setString(3, username + "@example.org");
                user.setString(4, demoUser);
                if (user.executeUpdate() != 1) {
                    throw new IllegalStateException("no demo user " + demoUser);
                }
                try (ResultSet key = user.getGeneratedKeys()) {
                    key.next();
                    try (PreparedStatement roles = db.prepareStatement("INSERT INTO user_role (user_id, role) "
                            + "SELECT ?, r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?")) {
                        roles.setLong(1, key.getLong(1));
                        roles.setString(2, demoUser);
                        roles.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        MADE.add(username);
        return username;
    }

    /**
     * Issue #13 item 2: a new user like {@code demoUser}, moved to a local authority of its own that
     * requires a second factor (the demo LA does not); answers its user name.
     */
    public static String copyRequiringSecondFactor(String demoUser) {
        String username = copyOf(demoUser);
        String authority = "Second factor LA " + username;
        TestDatabase.update("INSERT INTO local_authority (name, second_factor_required) VALUES (?, TRUE)", authority);
        TestDatabase.update("UPDATE app_user SET local_authority_id = (SELECT id FROM local_authority WHERE name = ?) "
                + "WHERE username = ?", authority, username);
        return username;
    }

    /** Deactivates a user as an administrator would (the flag the application reads on every request). */
    public static void deactivate(String username) {
        if (setInactive(username) != 1) {
            throw new IllegalStateException("no user " + username);
        }
    }

    private static int setInactive(String username) {
        try (Connection db = TestDatabase.connect();
             PreparedStatement update = db.prepareStatement("UPDATE app_user SET active = FALSE WHERE username = ?")) {
            update.setString(1, username);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long idOf(String username) {
        return TestDatabase.count("SELECT id FROM app_user WHERE username = ?", username);
    }
}
