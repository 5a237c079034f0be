package org.safecase.oversight.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reading the values of native query rows, whichever JDBC type the driver gives them. */
final class Rows {
    private Rows() {
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime().toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + value.getClass());
    }

    static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static boolean flag(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value != null && ((Number) value).intValue() != 0;
    }
}
