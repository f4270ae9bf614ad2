package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.AppClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The SECRET_HASH an app client with a secret requires: {@code Base64(HMAC-SHA256(key = client secret,
 * message = username + clientId))}. Clients without a secret need none (one sent anyway is ignored: UNCONFIRMED).
 */
public final class SecretHash {

    private SecretHash() {}

    public static String compute(String clientSecret, String username, String clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Refuses a missing or wrong hash with AWS's messages when the client has a secret. */
    public static void check(AppClient client, String username, String given) {
        if (!client.hasSecret()) {
            return;
        }
        if (given == null) {
            throw CognitoIdpErrors.secretHashMissing(client.clientId());
        }
        byte[] expected = compute(client.secret(), username, client.clientId()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw CognitoIdpErrors.secretHashMismatch(client.clientId());
        }
    }
}
