package org.safecase.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST API under {@code /api}; described at {@code /openapi} (committed as {@code docs/openapi.yaml},
 * issue #12 item 7). Callers sign in with HTTP Basic (local accounts, {@code basic}) or with an API
 * token sent as {@code Authorization: Bearer sc_...} ({@code token}, issue #12 item 1); either one
 * satisfies an operation (Basic is refused for accounts that need a second factor, issue #13 item
 * 2). The answers every operation shares (401, 429, 403 for a read-only token) and
 * {@link ErrorBody} on every error answer are added by {@link ApiDescription}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "SafeCase API", version = "1",
                description = "Report school online-safety incidents and work the task inbox. Every error answer "
                        + "is an ErrorBody in the caller's language (Accept-Language)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")},
        tags = {
                @Tag(name = "Reporting", description = "Staff report an incident; it becomes a case"),
                @Tag(name = "Inbox", description = "The caller's tasks: list, claim, complete, hand on"),
                @Tag(name = "Cases", description = "Reading cases, the case register and re-categorisation"),
                @Tag(name = "Evidence", description = "Files and web addresses recorded on a case"),
                @Tag(name = "Child protection", description = "The designated safeguarding lead's actions"),
                @Tag(name = "Removal letters", description = "Letters asking a poster to remove material"),
                @Tag(name = "Provider directory", description = "Platforms, helplines and other places to report to"),
                @Tag(name = "School calendar", description = "Closure dates that deadlines skip"),
                @Tag(name = "API tokens", description = "Bearer tokens for integrations (issue #12 item 1)"),
                @Tag(name = "Schools and users", description = "LA admins keep schools and accounts; head teachers "
                        + "give their staff roles (issue #13 item 3)"),
                @Tag(name = "Administration", description = "The local authority admin's checks"),
                @Tag(name = "Workflow administration", description = "LA admins keep the process models and decision "
                        + "tables, their versions, and move running cases between versions (issue #14)")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A local account's user name and password. Refused (403, in words) for an account that "
                + "needs a second factor, which Basic cannot carry: such a user makes an API token after signing in "
                + "on the website (issue #13 item 2)")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "sc_ followed by the secret shown once when the token was created (POST /api/tokens)",
        description = "An API token: Authorization: Bearer sc_...")
public class RestApplication extends Application {
}
