package org.safecase.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * REST API under {@code /api}; described at {@code /openapi}. Callers sign in with HTTP Basic
 * (local accounts, {@code basic}) or with an API token sent as {@code Authorization: Bearer sc_...}
 * ({@code token}, issue #12 item 1); either one satisfies an operation.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "SafeCase API", version = "1",
                description = "Report school online-safety incidents and work the task inbox."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A local account's user name and password")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "sc_ followed by the secret shown once when the token was created (POST /api/tokens)",
        description = "An API token: Authorization: Bearer sc_...")
public class RestApplication extends Application {
}
