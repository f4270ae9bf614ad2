package org.officeapi.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The last step of the handshake: the key both sides derive from S, and the {@code PASSWORD_CLAIM_SIGNATURE}
 * made with it. The client proves it knows the password by signing; the server recomputes the same
 * signature from its own S and compares.
 */
public final class PasswordClaim {

    /** HKDF's info, as Cognito names it, followed by HKDF-Expand's block counter 0x01. */
    private static final byte[] INFO = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);

    /** The length of the derived key. Cognito keeps only the first 16 bytes of the one HKDF block. */
    public static final int KEY_LENGTH = 16;

    /** The length of a signature: one HMAC-SHA256. */
    public static final int SIGNATURE_LENGTH = 32;

    private PasswordClaim() {
    }

    /**
     * The password authentication key: HKDF-SHA256 with salt {@code padHex(u)} and input key material
     * {@code padHex(S)}, one expand block, truncated to 16 bytes (AES-128-sized, which is what the
     * SDKs produce; a longer key would give a different HMAC).
     */
    public static byte[] key(BigInteger sharedSecret, BigInteger u) {
        byte[] prk = hmac(SrpHex.padHexBytes(u), SrpHex.padHexBytes(sharedSecret));
        return Arrays.copyOf(hmac(prk, INFO), KEY_LENGTH);
    }

    /**
     * The claim signature: HMAC-SHA256 with the derived key over utf8(poolName) || utf8(userIdForSrp) ||
     * the secret block's bytes (base64-decoded) || utf8(timestamp). Raw bytes; the wire carries base64.
     */
    public static byte[] signature(byte[] key, String poolName, String userIdForSrp, byte[] secretBlock, String timestamp) {
        return hmac(key,
                poolName.getBytes(StandardCharsets.UTF_8),
                userIdForSrp.getBytes(StandardCharsets.UTF_8),
                secretBlock,
                timestamp.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[]... message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : message) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
