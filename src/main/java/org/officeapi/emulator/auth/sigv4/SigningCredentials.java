package org.officeapi.emulator.auth.sigv4;

import org.officeapi.emulator.core.Caller;

import java.time.Instant;

/**
 * What the verifier needs to know about an access key: its secret, the session token it must come
 * with (temporary credentials only), when it expires, and who it stands for.
 */
public record SigningCredentials(String accessKeyId, String secretKey, String sessionToken, Instant expiration,
                                 Caller caller) {

    public boolean temporary() {
        return sessionToken != null;
    }

    @Override
    public String toString() {
        // never print the secret or the session token
        return "SigningCredentials[" + accessKeyId + " for " + caller.arn() + "]";
    }
}
