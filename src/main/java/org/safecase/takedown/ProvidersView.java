package org.safecase.takedown;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.Messages;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code takedown/providers.xhtml}: the directory, searched by name and kind, and for LA
 * admins a form to add or change an entry (the boundary checks the role again on saving).
 */
@Named
@ViewScoped
public class ProvidersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProviderDirectory directory;
    @Inject
    transient Caller caller;
    @Inject
    transient Authorisation authorisation;

    private String search;
    private ProviderKind kind;
    private List<ProviderView> providers;

    private Long editingId;
    private String name;
    private String kindName;
    private String reportingRoute;
    private String phone;
    private String email;
    private String webAddress;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        providers = directory.find(kind, search, 0, ProviderDirectory.MAX_PAGE);
    }

    public List<ProviderView> getProviders() {
        if (providers == null) {
            load();
        }
        return providers;
    }

    public boolean isEditor() {
        return authorisation.mayEditProviders(caller);
    }

    public void edit(ProviderView provider) {
        editingId = provider.id();
        name = provider.name();
        kindName = provider.kind().name();
        reportingRoute = provider.reportingRoute();
        phone = provider.phone();
        email = provider.email();
        webAddress = provider.webAddress();
        problems.clear();
    }

    public void save() {
        problems.clear();
        ProviderRequest request = new ProviderRequest(name, kindName, reportingRoute, phone, email, webAddress);
        try {
            ProviderView saved = editingId == null ? directory.add(caller, request)
                    : directory.change(caller, editingId, request);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("providers.saved", saved.name()), null));
            editingId = null;
            name = kindName = reportingRoute = phone = email = webAddress = null;
            load();
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof InvalidInputException invalid)) {
                throw e;
            }
            invalid.problems().forEach(p -> problems.put(p.field(), p.message()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public List<ProviderKind> getKinds() {
        return List.of(ProviderKind.values());
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKindName() {
        return kindName;
    }

    public void setKindName(String kindName) {
        this.kindName = kindName;
    }

    public String getReportingRoute() {
        return reportingRoute;
    }

    public void setReportingRoute(String reportingRoute) {
        this.reportingRoute = reportingRoute;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebAddress() {
        return webAddress;
    }

    public void setWebAddress(String webAddress) {
        this.webAddress = webAddress;
    }
}
