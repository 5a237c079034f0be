package org.safecase.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.safecase.identity.Caller;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs {@code casefile/mine.xhtml}: the caller's own reports and where each stands (R-ST-1). */
@Named
@ViewScoped
public class MyReportsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFiles caseFiles;
    @Inject
    transient Caller caller;

    private final LazyDataModel<CaseSummary> reports = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, caseFiles.countMyReports(caller));
        }

        @Override
        public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return caseFiles.myReports(caller, first, pageSize);
        }

        @Override
        public String getRowKey(CaseSummary row) {
            return row.reference();
        }
    };

    public LazyDataModel<CaseSummary> getReports() {
        return reports;
    }
}
