package org.safecase.takedown;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs {@code takedown/providers.xhtml}: the directory, searched by name and kind. */
@Named
@ViewScoped
public class ProvidersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProviderDirectory directory;

    private String search;
    private ProviderKind kind;
    private List<ProviderView> providers;

    public void load() {
        providers = directory.find(kind, search, 0, ProviderDirectory.MAX_PAGE);
    }

    public List<ProviderView> getProviders() {
        if (providers == null) {
            load();
        }
        return providers;
    }

    public List<ProviderKind> getKinds() {
        return List.of(ProviderKind.values());
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
}
