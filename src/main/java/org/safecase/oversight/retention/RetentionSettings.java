package org.safecase.oversight.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The LA's retention settings (MicroProfile Config, e.g. {@code SAFECASE_RETENTION_STAFF_CASE_YEARS}):
 * how many years a staff case is kept after closure (6 by default, the usual period for records of
 * employment matters), and how often the daily job looks whether today's run is done.
 */
@ApplicationScoped
public class RetentionSettings {
    static final int DEFAULT_STAFF_CASE_YEARS = 6;

    public int staffCaseYears() {
        int years = ConfigProvider.getConfig().getOptionalValue("safecase.retention.staff-case-years", Integer.class)
                .orElse(DEFAULT_STAFF_CASE_YEARS);
        if (years < 1) {
            throw new IllegalStateException("safecase.retention.staff-case-years must be at least 1, not " + years);
        }
        return years;
    }

    public int checkMinutes() {
        return Math.max(1, ConfigProvider.getConfig().getOptionalValue("safecase.retention.check-minutes", Integer.class)
                .orElse(30));
    }
}
