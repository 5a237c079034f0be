package org.safecase.intake;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.casefile.IncidentCategory;
import org.safecase.casefile.PerpetratorKind;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Backs {@code intake/report.xhtml}: the report form and, once sent, the acknowledgement. */
@Named
@ViewScoped
public class ReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentReporting reporting;
    @Inject
    transient Caller caller;
    @Inject
    transient ReportDrafts drafts;
    @Inject
    transient java.time.Clock clock;

    /** The wizard's steps, in order, and the fields each asks for. */
    static final java.util.Map<String, java.util.List<String>> STEPS = new java.util.LinkedHashMap<>();

    static {
        STEPS.put("kind", java.util.List.of("category"));
        STEPS.put("what", java.util.List.of("description", "occurredAt"));
        STEPS.put("where", java.util.List.of("platform", "locationUrl", "phoneNumber", "accountName"));
        STEPS.put("who", java.util.List.of("perpetrator", "perpetratorName", "immediateDanger", "policeWanted"));
        STEPS.put("evidence", java.util.List.of("evidenceHeld"));
    }

    private String step = "kind";
    private boolean draftRestored;

    private String category;
    private String description;
    private LocalDateTime occurredAt;
    private String platform;
    private String locationUrl;
    private String phoneNumber;
    private String accountName;
    private String perpetrator;
    private String perpetratorName;
    private Boolean immediateDanger;
    private Boolean policeWanted;
    private String evidenceHeld;
    private ReportReceipt receipt;
    /** Issued with the form, single use: a double click or a resend of this form makes one case. */
    private final String formToken = java.util.UUID.randomUUID().toString();

    /** Restores the reporter's unfinished report, if they left one. */
    public void load() {
        if (receipt == null && category == null && description == null) {
            drafts.load(caller).ifPresent(draft -> {
                category = draft.category();
                description = draft.description();
                occurredAt = draft.occurredAt();
                platform = draft.platform();
                locationUrl = draft.locationUrl();
                phoneNumber = draft.phoneNumber();
                accountName = draft.accountName();
                perpetrator = draft.perpetrator();
                perpetratorName = draft.perpetratorName();
                immediateDanger = draft.immediateDanger();
                policeWanted = draft.policeWanted();
                evidenceHeld = draft.evidenceHeld();
                draftRestored = true;
            });
        }
    }

    /**
     * Moving forward checks the step's own fields (with the same rules as sending) and keeps
     * the draft; moving back is always allowed.
     */
    public String onFlow(org.primefaces.event.FlowEvent event) {
        drafts.save(caller, report());
        java.util.List<String> order = java.util.List.copyOf(STEPS.keySet());
        if (order.indexOf(event.getNewStep()) < order.indexOf(event.getOldStep())) {
            return event.getNewStep();
        }
        java.util.List<FieldProblem> here = problems().stream()
                .filter(p -> STEPS.get(event.getOldStep()).contains(p.field())).toList();
        if (!here.isEmpty()) {
            show(here);
            return event.getOldStep();
        }
        return event.getNewStep();
    }

    public void submit() {
        try {
            receipt = reporting.report(caller, report(), "form:" + formToken).receipt();
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            show(invalid.problems());
            step = STEPS.entrySet().stream()
                    .filter(s -> s.getValue().contains(invalid.problems().get(0).field()))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(step);
        }
    }

    private IncidentReport report() {
        return new IncidentReport(category, description, occurredAt, platform, locationUrl, phoneNumber, accountName,
                perpetrator, perpetratorName, immediateDanger, policeWanted, evidenceHeld);
    }

    private java.util.List<FieldProblem> problems() {
        try {
            new ReportValidator(clock).validate(report());
            return java.util.List.of();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
    }

    private static void show(java.util.List<FieldProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem problem : problems) {
            faces.addMessage("report:" + problem.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
        faces.validationFailed();
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public boolean isDraftRestored() {
        return draftRestored;
    }

    public List<IncidentCategory> getCategories() {
        return List.of(IncidentCategory.values());
    }

    public List<PerpetratorKind> getPerpetratorKinds() {
        return List.of(PerpetratorKind.values());
    }

    public String getPerpetrator() {
        return perpetrator;
    }

    public void setPerpetrator(String perpetrator) {
        this.perpetrator = perpetrator;
    }

    public String getPerpetratorName() {
        return perpetratorName;
    }

    public void setPerpetratorName(String perpetratorName) {
        this.perpetratorName = perpetratorName;
    }

    public Boolean getImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(Boolean immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public Boolean getPoliceWanted() {
        return policeWanted;
    }

    public void setPoliceWanted(Boolean policeWanted) {
        this.policeWanted = policeWanted;
    }

    public String getEvidenceHeld() {
        return evidenceHeld;
    }

    public void setEvidenceHeld(String evidenceHeld) {
        this.evidenceHeld = evidenceHeld;
    }

    public ReportReceipt getReceipt() {
        return receipt;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getLocationUrl() {
        return locationUrl;
    }

    public void setLocationUrl(String locationUrl) {
        this.locationUrl = locationUrl;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    /**
     * The most each text field takes (its column's width), by field id: the maxlength of the
     * one-line fields. The two text areas have none, so that a pasted text too long is kept
     * whole for its writer to shorten, with the server's message saying by how much.
     */
    public java.util.Map<String, Integer> getLimits() {
        return ReportValidator.LIMITS;
    }
}
