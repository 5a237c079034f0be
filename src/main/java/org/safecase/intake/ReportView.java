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

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            receipt = reporting.report(caller, new IncidentReport(category, description, occurredAt, platform,
                    locationUrl, phoneNumber, accountName, perpetrator, perpetratorName, immediateDanger, policeWanted,
                    evidenceHeld));
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            for (FieldProblem problem : invalid.problems()) {
                faces.addMessage("report:" + problem.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
            faces.validationFailed();
        }
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
}
