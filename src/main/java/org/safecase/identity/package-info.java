/**
 * Local authorities, schools, users and roles; sign-in (form for pages; API tokens, or HTTP
 * Basic for local accounts, for the API) against our own user table, with sign-in throttling and
 * lock-out ({@link org.safecase.identity.SignInThrottle}) and API tokens
 * ({@link org.safecase.identity.ApiTokens}); single sign-on with the LA's OpenID Connect provider
 * inside the same mechanism (issue #13 item 1: {@code SingleSignOn}, users linked by issuer and
 * subject in {@code IdentityLinks}); a second factor (TOTP and recovery codes,
 * {@link org.safecase.identity.SecondFactors}) for the powerful roles where the local authority
 * requires it; administration (issue #13 item 3): an LA admin keeps schools
 * ({@link org.safecase.identity.SchoolRegister}) and users ({@link org.safecase.identity.StaffAdministration},
 * {@link org.safecase.identity.StaffImport} from CSV), a head teacher their own staff's school
 * roles, passwords are set through one-time mailed links ({@link org.safecase.identity.PasswordResets}),
 * and a change of roles, school or password ends the user's sessions (the session epoch); and
 * {@link org.safecase.identity.Authorisation}, the one
 * place that decides what a caller may see or do (a {@link org.safecase.identity.CaseRights} per
 * case). Other features learn about schools through {@link org.safecase.identity.Schools}, never
 * from the {@code School} entity.
 */
package org.safecase.identity;
