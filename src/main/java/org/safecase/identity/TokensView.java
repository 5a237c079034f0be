package org.safecase.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.platform.Failures;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code identity/tokens.xhtml} (issue #12 item 1): the caller's API tokens (an LA admin's
 * page also lists and makes them for the users of their local authority), made, shown once and
 * revoked through {@link ApiTokens}, which asks {@link Authorisation} as the REST door does.
 * The secret of a token just made is held only until the next action on the page, and never
 * written into the saved view ({@code transient}).
 */
@Named
@ViewScoped
public class TokensView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 90;

    @Inject
    transient ApiTokens tokens;
    @Inject
    transient Authorisation authorisation;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private List<TokenEntry> list = List.of();
    private boolean forOthers;
    private String name;
    private Integer expiresInDays = DEFAULT_DAYS;
    private boolean readOnly;
    private String username;
    private transient IssuedToken issued;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        forOthers = authorisation.tokenLocalAuthority(caller) != null;
        list = tokens.list(caller);
    }

    public void create() {
        problems.clear();
        issued = null;
        String owner = forOthers && username != null && !username.isBlank() ? username : null;
        try {
            issued = tokens.create(caller, new TokenRequest(name, expiresInDays, readOnly, owner), false);
            name = null;
            expiresInDays = DEFAULT_DAYS;
            readOnly = false;
            username = null;
            list = tokens.list(caller);
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            if (cause instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> problems.put(p.field(), p.message()));
                FacesContext.getCurrentInstance().validationFailed();
            } else if (cause instanceof NotFoundException notFound) {
                problems.put("username", notFound.getLocalizedMessage());
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                PageMessages.showRefusal(e);
            }
        }
    }

    public void revoke(Long id) {
        issued = null;
        try {
            tokens.revoke(caller, id);
            PageMessages.info(messages.get("tokens.revokedNow"));
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException notFound)) {
                throw e;
            }
            PageMessages.info(notFound.getLocalizedMessage());
        }
        list = tokens.list(caller);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public List<TokenEntry> getList() {
        return list;
    }

    public boolean isForOthers() {
        return forOthers;
    }

    public IssuedToken getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
