package org.safecase.casefile;

import java.util.List;

/**
 * Implemented by each feature that keeps part of the case record (CDI beans): the tables it
 * owns, which the case file reads for the chronology and the status.
 */
public interface CaseRecordTables {
    List<RecordTable> tables();
}
