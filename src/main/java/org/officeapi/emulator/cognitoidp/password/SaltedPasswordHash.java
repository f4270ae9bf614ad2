package org.officeapi.emulator.cognitoidp.password;

import org.officeapi.emulator.core.Ids;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * A password kept as PBKDF2-HMAC-SHA256 over a random 16-byte salt: the default credential until an
 * SRP verifier replaces it (see {@link PasswordCredential}).
 */
public final class SaltedPasswordHash implements PasswordCredential {

    public static final PasswordCredentials FACTORY = (pool, username, password) -> of(password);

    // enough to make the stored hash useless to a reader, few enough that a sign-in stays quick
    private static final int ITERATIONS = 10_000;
    private static final int KEY_BITS = 256;

    private final byte[] salt;
    private final byte[] hash;

    private SaltedPasswordHash(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    public static SaltedPasswordHash of(String password) {
        byte[] salt = Ids.randomBytes(16);
        return new SaltedPasswordHash(salt, derive(password, salt));
    }

    @Override
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(hash, derive(candidate, salt));
    }

    private static byte[] derive(String password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "SaltedPasswordHash[redacted]";
    }
}
