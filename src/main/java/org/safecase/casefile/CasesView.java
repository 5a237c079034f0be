package org.safecase.casefile;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.safecase.identity.CurrentCaller;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code casefile/cases.xhtml}: the case register, searched and paged in the database,
 * and its CSV export. What the caller may list is decided by the boundary, on every request.
 */
@Named
@ViewScoped
public class CasesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "casesForm";

    @Inject
    transient CaseRegister register;
    @Inject
    transient CurrentCaller currentCaller;

    private String reference;
    private String mention;
    private String category;
    private String status;
    private String from;
    private String to;
    private CaseSearch criteria = CaseSearch.ANY;

    private final LazyDataModel<CaseSummary> cases = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, register.count(currentCaller.get(), criteria));
        }

        @Override
        public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return register.page(currentCaller.get(), criteria, first, pageSize);
        }

        @Override
        public String getRowKey(CaseSummary row) {
            return row.reference();
        }
    };

    /** Takes the criteria as typed and shows the first page; problems are shown per field, nothing else changes. */
    public void search() {
        CaseSearch checked = checked();
        if (checked != null) {
            criteria = checked;
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":cases") instanceof DataTable table) {
                table.setFirst(0);
            }
        }
    }

    /** Streams every case matching the criteria as typed, as {@code cases.csv}. */
    public void export() throws IOException {
        CaseSearch checked = checked();
        if (checked == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseCharacterEncoding("UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"cases.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8));
        register.export(currentCaller.get(), checked, writer);
        writer.flush();
        faces.responseComplete();
    }

    private CaseSearch checked() {
        try {
            return CaseSearch.of(reference, mention, category, status, from, to);
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            invalid.problems().forEach(p -> faces.addMessage(FORM + ":" + p.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null)));
            faces.validationFailed();
            return null;
        }
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    public List<IncidentCategory> getCategories() {
        return List.of(IncidentCategory.values());
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getMention() {
        return mention;
    }

    public void setMention(String mention) {
        this.mention = mention;
    }

    public int getMentionMax() {
        return CaseSearch.MENTION_MAX;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
