package org.officeapi.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SRP-6a values both sides compute the same way, in Cognito's byte layout: {@code H} is SHA-256,
 * numbers enter it as their {@link SrpHex#padHex padHex} bytes, and a hash becomes a number by reading
 * it as unsigned big-endian (so a hash starting with a zero byte gives a shorter {@code padHex} later).
 */
public final class Srp6a {

    private Srp6a() {
    }

    /** u = H(padHex(A) || padHex(B)), the scrambler that ties the session to both public values. */
    public static BigInteger u(BigInteger largeA, BigInteger largeB) {
        return hashToNumber(SrpHex.padHexBytes(largeA), SrpHex.padHexBytes(largeB));
    }

    /**
     * x = H(padHex(salt) || H(utf8(poolName + userIdForSrp + ":" + password))), the private key
     * derived from the password. The salt is read as a number first, as the SDKs do, so a salt whose
     * hex starts with {@code 00} loses those zeros.
     *
     * @param poolName the part of the user pool id after the underscore ({@link #poolName(String)})
     * @param userIdForSrp the {@code USER_ID_FOR_SRP} of the challenge (the internal username)
     * @param saltHex the {@code SALT} of the challenge
     */
    public static BigInteger x(String poolName, String userIdForSrp, String password, String saltHex) {
        byte[] identityHash = sha256((poolName + userIdForSrp + ":" + password).getBytes(StandardCharsets.UTF_8));
        return hashToNumber(SrpHex.padHexBytes(SrpHex.parseUnsigned(saltHex)), identityHash);
    }

    /** v = g^x mod N: what a server stores instead of the password. */
    public static BigInteger verifier(BigInteger x) {
        return SrpGroup.G.modPow(x, SrpGroup.N);
    }

    /**
     * The "pool name" SRP hashes: the user pool id after its underscore ({@code us-east-1_AbC} gives
     * {@code AbC}). Read as the SDK does ({@code split('_')[1]}).
     */
    public static String poolName(String userPoolId) {
        String[] parts = userPoolId.split("_", -1);
        if (parts.length < 2 || parts[1].isEmpty()) {
            throw new IllegalArgumentException("a user pool id has the form <region>_<name>");
        }
        return parts[1];
    }

    /** SHA-256 over the concatenation of the parts. */
    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest = newSha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static BigInteger hashToNumber(byte[]... parts) {
        return new BigInteger(1, sha256(parts));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
