package org.officeapi.emulator.cognitoidp.password;

import org.officeapi.emulator.cognitoidp.srp.SrpVerifierRecord;

import java.security.SecureRandom;

/**
 * A password kept as an SRP verifier ({@code v = g^x mod N} with its salt), which is what USER_SRP_AUTH
 * needs and all that a user pool has to keep: the password itself is never stored. USER_PASSWORD_AUTH
 * still works, by recomputing the verifier from the password it is sent.
 */
public final class SrpPasswordCredential implements PasswordCredential {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Makes SRP verifiers; {@code username} is the user's USER_ID_FOR_SRP. */
    public static final PasswordCredentials FACTORY = (pool, username, password) -> of(pool.poolId(), username, password);

    private final String userPoolId;
    private final String userIdForSrp;
    private final SrpVerifierRecord record;

    private SrpPasswordCredential(String userPoolId, String userIdForSrp, SrpVerifierRecord record) {
        this.userPoolId = userPoolId;
        this.userIdForSrp = userIdForSrp;
        this.record = record;
    }

    public static SrpPasswordCredential of(String userPoolId, String userIdForSrp, String password) {
        return new SrpPasswordCredential(userPoolId, userIdForSrp, SrpVerifierRecord.create(userPoolId, userIdForSrp, password, RANDOM));
    }

    public SrpVerifierRecord record() {
        return record;
    }

    @Override
    public boolean matches(String candidate) {
        return candidate != null && record.matchesPassword(userPoolId, userIdForSrp, candidate);
    }

    @Override
    public String toString() {
        return "SrpPasswordCredential[redacted]";
    }
}
