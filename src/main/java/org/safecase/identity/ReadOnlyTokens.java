package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.safecase.platform.NotAllowedException;

/**
 * Item 1 of issue #12: a read-only API token reads (GET, HEAD) and nothing else; anything else is
 * refused with 403 in words, and audited. The token's holder is left on the request by
 * {@link SignInMechanism} (servlet request attributes are the JAX-RS request's properties).
 */
@Provider
@ApplicationScoped
public class ReadOnlyTokens implements ContainerRequestFilter {
    @Inject
    ApiTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(SignInMechanism.TOKEN_HOLDER) instanceof TokenHolder holder && holder.readOnly()
                && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            tokens.refusedWrite(holder);
            throw new NotAllowedException("refusal.token.readOnly");
        }
    }
}
