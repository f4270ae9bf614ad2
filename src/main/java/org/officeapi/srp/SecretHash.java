package org.officeapi.srp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code SECRET_HASH}, which every sign-in call carries when the app client has a secret:
 * base64(HMAC-SHA256(key = client secret, message = username + client id)). In challenge responses
 * the username is the {@code USER_ID_FOR_SRP} being sent back.
 */
public final class SecretHash {

    private SecretHash() {
    }

    public static String of(String clientSecret, String username, String clientId) {
        byte[] mac = PasswordClaim.hmac(clientSecret.getBytes(StandardCharsets.UTF_8),
                (username + clientId).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }
}
