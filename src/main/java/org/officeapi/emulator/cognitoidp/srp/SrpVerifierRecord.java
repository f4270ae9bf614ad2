package org.officeapi.emulator.cognitoidp.srp;

import org.officeapi.srp.ConstantTime;
import org.officeapi.srp.Srp6a;
import org.officeapi.srp.SrpGroup;
import org.officeapi.srp.SrpHex;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * What a user pool keeps of a password: a random salt and the SRP verifier {@code v = g^x mod N}, where
 * x hashes the pool name, the user's {@code USER_ID_FOR_SRP} and the password. It is enough to run SRP
 * and to check a plain password (USER_PASSWORD_AUTH), and the password itself is never stored. Make a
 * new one whenever the password is set. {@link #toString()} hides the verifier, which is as sensitive
 * as a password hash.
 *
 * @param salt the SALT sent in challenges: 32 lowercase hex digits
 * @param verifier v, with 0 < v < N
 */
public record SrpVerifierRecord(String salt, BigInteger verifier) {

    /** Observed Cognito salts are 16 bytes (32 hex digits). */
    private static final int SALT_BYTES = 16;

    public SrpVerifierRecord {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(verifier, "verifier");
        SrpHex.parseUnsigned(salt);
        if (verifier.signum() <= 0 || verifier.compareTo(SrpGroup.N) >= 0) {
            throw new IllegalArgumentException("a verifier lies between 0 and N");
        }
    }

    /**
     * The record for a new password.
     *
     * @param userPoolId the pool's id ({@code us-east-1_AbC}); SRP hashes the part after the underscore
     * @param userIdForSrp the user's USER_ID_FOR_SRP (the internal username; it never changes)
     */
    public static SrpVerifierRecord create(String userPoolId, String userIdForSrp, String password, SecureRandom random) {
        String salt = newSalt(random);
        return new SrpVerifierRecord(salt, verifierOf(userPoolId, userIdForSrp, password, salt));
    }

    /** Whether a plain password is this record's password (for the non-SRP flows), in constant time. */
    public boolean matchesPassword(String userPoolId, String userIdForSrp, String password) {
        BigInteger candidate = verifierOf(userPoolId, userIdForSrp, password, salt);
        return ConstantTime.equals(SrpHex.padHexBytes(candidate), SrpHex.padHexBytes(verifier));
    }

    private static BigInteger verifierOf(String userPoolId, String userIdForSrp, String password, String salt) {
        return Srp6a.verifier(Srp6a.x(Srp6a.poolName(userPoolId), userIdForSrp, password, salt));
    }

    /**
     * 16 random bytes whose first byte is not zero. The JavaScript SDK reads SALT as a number (dropping
     * leading zero bytes) while others (pycognito) hash the string as sent; a salt without a leading zero
     * byte gives both the same bytes.
     */
    private static String newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        do {
            random.nextBytes(salt);
        } while (salt[0] == 0);
        return SrpHex.hex(salt);
    }

    @Override
    public String toString() {
        return "SrpVerifierRecord[salt=" + salt + ", verifier=(hidden)]";
    }
}
