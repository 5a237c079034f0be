package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.safecase.platform.DataSourceConfiguration;

/** Users sign in against our own user table; inactive users cannot sign in. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM,
                PasswordHashing.ITERATIONS,
                PasswordHashing.SALT_SIZE,
                PasswordHashing.KEY_SIZE
        })
@ApplicationScoped
public class UserIdentityStore {
}
