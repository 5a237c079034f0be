package org.safecase.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One record in a case's chronology: what it is ({@code kind}, the table, and {@code title} in
 * words), when it was first recorded and last changed, by whom (names), and its values.
 */
public record CaseRecordEntry(String kind, String title, Instant recordedAt, String recordedBy, Instant updatedAt,
                              String updatedBy, List<RecordFact> facts) {
}
