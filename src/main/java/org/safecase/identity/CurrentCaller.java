package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;

/**
 * Produces the {@link Caller} of the current HTTP request from the authenticated principal,
 * looked up once per request.
 */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityContext securityContext;
    @Inject
    CallerDirectory directory;

    private Caller caller;

    /** For beans that outlive a request (servlets): ask per request instead of injecting a Caller. */
    public Caller get() {
        return caller();
    }

    @Produces
    @Named("caller")
    Caller caller() {
        if (caller == null) {
            var principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new NotAuthorizedException("Basic realm=\"SafeCase\"");
            }
            caller = directory.forUsername(principal.getName());
        }
        return caller;
    }
}
