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
import java.util.Map;

/**
 * Backs {@code reset-password.xhtml} (issue #13 item 3), reached before signing in from the link
 * {@link PasswordResets} mails: a link that does not work (used, withdrawn, expired, or its user
 * deactivated) is said in words; otherwise the person chooses a password, typed twice, and is
 * sent to the sign-in page. The link's secret stays in the view on the server; the passwords are
 * forgotten after each attempt.
 */
@Named
@ViewScoped
public class PasswordLinkView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResets resets;
    @Inject
    transient Messages messages;

    private String key;
    private boolean usable;
    private transient String password;
    private transient String repeated;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        usable = resets.usable(key);
    }

    /** Sets the password; on success the sign-in page says so. */
    public String set() {
        problems.clear();
        try {
            resets.setPassword(key, password, repeated);
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            if (cause instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
                FacesContext.getCurrentInstance().validationFailed();
            } else if (cause instanceof NotFoundException) {
                usable = false;
            } else {
                throw e;
            }
            return null;
        } finally {
            password = null;
            repeated = null;
        }
        usable = false;
        PageMessages.infoAfterRedirect(messages.get("passwordLink.set"));
        return "/login?faces-redirect=true";
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public String getIntro() {
        return messages.get("passwordLink.intro", PasswordResets.MIN_PASSWORD);
    }

    public boolean isUsable() {
        return usable;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
