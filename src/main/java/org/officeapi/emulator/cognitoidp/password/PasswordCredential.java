package org.officeapi.emulator.cognitoidp.password;

/**
 * What a user pool keeps of a user's password: enough to check one, never the password itself.
 *
 * <p>Seam for USER_SRP_AUTH: SRP needs, instead of a hash, a salt and the verifier
 * {@code v = g^x mod N} with {@code x = H(salt || H(poolName || username || ":" || password))}, computed
 * when the password is set. An SRP credential implements this interface (checking a plain password by
 * recomputing {@code v}, so USER_PASSWORD_AUTH keeps working) and is created by a
 * {@link PasswordCredentials} factory passed to the cognito-idp services in place of
 * {@link SaltedPasswordHash#FACTORY}; the SRP flow then reads its salt and verifier.
 */
public interface PasswordCredential {

    /** Whether {@code candidate} is the password this credential was made from (in constant time). */
    boolean matches(String candidate);
}
