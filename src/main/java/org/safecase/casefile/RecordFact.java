package org.safecase.casefile;

/**
 * One value of a record: its column, its label, the typed value (text, yes/no, number, date as
 * {@code 2026-11-24}, a choice's code) and the value in words.
 */
public record RecordFact(String key, String label, Object value, String shown) {
}
