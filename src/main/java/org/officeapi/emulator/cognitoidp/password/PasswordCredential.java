package org.officeapi.emulator.cognitoidp.password;

/**
 * What a user pool keeps of a user's password: enough to check one, never the password itself. The
 * user pools keep SRP verifiers ({@link SrpPasswordCredential}), which both USER_SRP_AUTH and
 * USER_PASSWORD_AUTH can check.
 */
public interface PasswordCredential {

    /** Whether {@code candidate} is the password this credential was made from (in constant time). */
    boolean matches(String candidate);
}
