package org.safecase.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.InvalidInputException;
import org.safecase.workflow.InboxFilter;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each person's last inbox filter ({@code inbox_filter_choice}), written as a query string
 * and read back through the same strict reading as the REST parameters: a stored choice that no
 * longer reads (a category since removed) is dropped, not guessed at.
 */
@ApplicationScoped
class InboxFilterChoices {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    void remember(Long userId, InboxFilter filter) {
        em.createNativeQuery("INSERT INTO inbox_filter_choice (user_id, filter, chosen_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE filter = VALUES(filter), chosen_at = VALUES(chosen_at)")
                .setParameter(1, userId).setParameter(2, write(filter))
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    InboxFilter last(Long userId) {
        List<Object> found = em.createNativeQuery("SELECT filter FROM inbox_filter_choice WHERE user_id = ?")
                .setParameter(1, userId).getResultList();
        if (found.isEmpty()) {
            return InboxFilter.NONE;
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : String.valueOf(found.get(0)).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            return InboxQueryParameters.filter(values.get("reference"), values.get("category"), values.get("urgent"),
                    values.get("overdue"), values.get("dueThisWeek"), values.get("claim"), values.get("school"));
        } catch (InvalidInputException unreadable) {
            return InboxFilter.NONE;
        }
    }

    private static String write(InboxFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", filter.reference());
        values.put("category", filter.category());
        values.put("urgent", String.valueOf(filter.urgentOnly()));
        values.put("overdue", String.valueOf(filter.overdueOnly()));
        values.put("dueThisWeek", String.valueOf(filter.dueThisWeek()));
        values.put("claim", filter.claim().name().toLowerCase(java.util.Locale.ROOT));
        values.put("school", filter.schoolId() == null ? null : String.valueOf(filter.schoolId()));
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> {
            if (value != null) {
                text.append(text.isEmpty() ? "" : "&").append(key).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }
}
