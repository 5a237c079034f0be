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
    @Inject
    transient org.safecase.platform.Messages messages;
    @Inject
    transient org.safecase.evidence.StagedEvidence staging;

    /** The wizard's steps, in order, and the fields each asks for. */
    static final java.util.Map<String, java.util.List<String>> STEPS = new java.util.LinkedHashMap<>();

    static {
        STEPS.put("kind", java.util.List.of("category"));
        STEPS.put("what", java.util.List.of("description", "occurredAt", OccurredAtEntry.DAY, OccurredAtEntry.MONTH,
                OccurredAtEntry.YEAR, OccurredAtEntry.TIME));
        STEPS.put("where", java.util.List.of("platform", "locationUrl", "phoneNumber", "accountName"));
        STEPS.put("who", java.util.List.of("perpetrator", "perpetratorName", "immediateDanger", "policeWanted"));
        STEPS.put("evidence", java.util.List.of("evidenceHeld", "evidenceFile", "evidenceWebAddress"));
    }

    private String step = "kind";
    private boolean draftRestored;

    private String category;
    private String description;
    private String occurredDay;
    private String occurredMonth;
    private String occurredYear;
    private String occurredTime;
    private String platform;
    private String locationUrl;
    private String phoneNumber;
    private String accountName;
    private String perpetrator;
    private String perpetratorName;
    private Boolean immediateDanger;
    private Boolean policeWanted;
    private String evidenceHeld;
    private String evidenceWebAddress;
    private transient jakarta.servlet.http.Part evidenceFile;
    /** What the reporter has added so far and sees listed: exactly these go with the report. */
    private List<org.safecase.evidence.StagedEvidence.Item> stagedEvidence = List.of();
    private ReportReceipt receipt;
    /** Issued with the form, single use: a double click or a resend of this form makes one case. */
    private final String formToken = java.util.UUID.randomUUID().toString();

    /** Restores the reporter's unfinished report, if they left one. */
    public void load() {
        if (receipt == null && category == null && description == null) {
            drafts.load(caller).ifPresent(kept -> {
                IncidentReport draft = kept.report();
                category = draft.category();
                description = draft.description();
                occurredDay = kept.occurredAt().day();
                occurredMonth = kept.occurredAt().month();
                occurredYear = kept.occurredAt().year();
                occurredTime = kept.occurredAt().time();
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
        if (receipt == null) {
            stagedEvidence = staging.list(caller);
        }
    }

    /**
     * Moving forward checks the step's own fields (with the same rules as sending) and keeps
     * the draft; moving back is always allowed.
     */
    public String onFlow(org.primefaces.event.FlowEvent event) {
        keepDraft();
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
        if ("kind".equals(event.getOldStep()) && isChildProtection()) {
            // R-SX-2: no file is kept for a report about nude images of a pupil, not even for a moment.
            staging.discardFiles(caller);
            stagedEvidence = staging.list(caller);
        }
        return event.getNewStep();
    }

    public void submit() {
        java.util.List<FieldProblem> when = occurredAtProblems();
        if (!when.isEmpty()) {
            show(when);
            step = "what";
            return;
        }
        try {
            List<Long> evidence = isEvidenceOffered()
                    ? stagedEvidence.stream().map(org.safecase.evidence.StagedEvidence.Item::id).toList() : List.of();
            receipt = reporting.report(caller, report(), "form:" + formToken, evidence).receipt();
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            java.util.List<FieldProblem> problems = onTheForm(invalid.problems());
            show(problems);
            step = STEPS.entrySet().stream()
                    .filter(s -> s.getValue().contains(problems.get(0).field()))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(step);
        }
    }

    /** Adds the chosen file to the report being written (held with the draft until it is sent). */
    public void addEvidenceFile() throws java.io.IOException {
        step = "evidence";
        byte[] content = null;
        String name = null;
        if (evidenceFile != null && evidenceFile.getSize() > 0) {
            try (java.io.InputStream in = evidenceFile.getInputStream()) {
                content = in.readNBytes(org.safecase.evidence.Evidence.MAX_BYTES + 1);
            }
            name = evidenceFile.getSubmittedFileName();
        }
        byte[] chosen = content;
        String chosenName = name;
        stage(() -> staging.stageFile(caller, chosenName, chosen));
    }

    /** Adds where the material is (R-ST-6) to the report being written. */
    public void addEvidenceWebAddress() {
        step = "evidence";
        if (stage(() -> staging.stageWebAddress(caller, evidenceWebAddress))) {
            evidenceWebAddress = null;
        }
    }

    public void removeEvidence(Long id) {
        step = "evidence";
        staging.remove(caller, id);
        stagedEvidence = staging.list(caller);
    }

    private boolean stage(Runnable add) {
        keepDraft();
        if (!isEvidenceOffered()) {
            // R-SX-2: a hand-made request gets no further than the missing upload control.
            show(List.of(new FieldProblem("evidenceFile", "report.evidence.problem.childProtection")));
            return false;
        }
        try {
            add.run();
            return true;
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException refused)) {
                throw e;
            }
            show(refused.problems());
            return false;
        } finally {
            stagedEvidence = staging.list(caller);
        }
    }

    private void keepDraft() {
        drafts.save(caller, report(), occurredAt());
    }

    private OccurredAtEntry occurredAt() {
        return new OccurredAtEntry(occurredDay, occurredMonth, occurredYear, occurredTime);
    }

    private IncidentReport report() {
        return new IncidentReport(category, description, occurredAt().parse(clock).at(), platform, locationUrl,
                phoneNumber, accountName, perpetrator, perpetratorName, immediateDanger, policeWanted, evidenceHeld);
    }

    /** What is wrong with the four date and time fields, each problem on its own field. */
    private java.util.List<FieldProblem> occurredAtProblems() {
        return occurredAt().parse(clock).problems();
    }

    private java.util.List<FieldProblem> problems() {
        java.util.List<FieldProblem> when = occurredAtProblems();
        java.util.List<FieldProblem> all = new java.util.ArrayList<>();
        try {
            new ReportValidator(clock).validate(report());
        } catch (InvalidInputException invalid) {
            // The four fields' own problems say more than "give the date" for a moment that did not read.
            all.addAll(onTheForm(invalid.problems().stream()
                    .filter(p -> when.isEmpty() || !"occurredAt".equals(p.field())).toList()));
        }
        all.addAll(when);
        return all;
    }

    /** The report's "occurredAt" is the form's first date field. */
    private static java.util.List<FieldProblem> onTheForm(java.util.List<FieldProblem> problems) {
        return problems.stream().map(p -> "occurredAt".equals(p.field())
                ? new FieldProblem(OccurredAtEntry.DAY, p.key(), p.arguments()) : p).toList();
    }

    /**
     * Each problem's words are tied to its field (its message, shown by it) and the field is
     * marked invalid, so that it is announced as such (aria-invalid) and styled as in error.
     */
    private static void show(java.util.List<FieldProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem problem : problems) {
            faces.addMessage("report:" + problem.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            if (faces.getViewRoot().findComponent("report:" + problem.field())
                    instanceof jakarta.faces.component.UIInput input) {
                input.setValid(false);
            }
        }
        faces.validationFailed();
    }

    private boolean isChildProtection() {
        return IncidentCategory.NUDE_IMAGES.name().equals(category);
    }

    /** R-SX-2: a child-protection report takes words only, never a file. */
    public boolean isEvidenceOffered() {
        return !isChildProtection();
    }

    public List<org.safecase.evidence.StagedEvidence.Item> getStagedEvidence() {
        return stagedEvidence;
    }

    public jakarta.servlet.http.Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(jakarta.servlet.http.Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }

    public String getEvidenceWebAddress() {
        return evidenceWebAddress;
    }

    public void setEvidenceWebAddress(String evidenceWebAddress) {
        this.evidenceWebAddress = evidenceWebAddress;
    }

    public String getOccurredDay() {
        return occurredDay;
    }

    public void setOccurredDay(String occurredDay) {
        this.occurredDay = occurredDay;
    }

    public String getOccurredMonth() {
        return occurredMonth;
    }

    public void setOccurredMonth(String occurredMonth) {
        this.occurredMonth = occurredMonth;
    }

    public String getOccurredYear() {
        return occurredYear;
    }

    public void setOccurredYear(String occurredYear) {
        this.occurredYear = occurredYear;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
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
