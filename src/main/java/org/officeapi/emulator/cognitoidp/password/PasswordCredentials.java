package org.officeapi.emulator.cognitoidp.password;

import org.officeapi.emulator.cognitoidp.model.PoolRef;

/**
 * Turns a password into what the pool stores, at the moment a password is set (AdminCreateUser,
 * AdminSetUserPassword, SignUp, a NEW_PASSWORD_REQUIRED answer). The pool and the username are given
 * because an SRP verifier depends on both (see {@link PasswordCredential}).
 */
@FunctionalInterface
public interface PasswordCredentials {

    PasswordCredential create(PoolRef pool, String username, String password);
}
