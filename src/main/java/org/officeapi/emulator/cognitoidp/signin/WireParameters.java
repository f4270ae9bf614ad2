package org.officeapi.emulator.cognitoidp.signin;

import java.util.HashMap;
import java.util.Map;

/**
 * AuthParameters and ChallengeResponses as the flows read them: a member sent as JSON null counts as absent.
 * amazon-cognito-identity-js in a browser sends {@code "DEVICE_KEY": null} when it never remembered a device
 * (localStorage answers null): on every REFRESH_TOKEN_AUTH, and on the PASSWORD_VERIFIER answer it repeats after
 * a forgotten device. AWS refreshes and signs in those users, so its parser drops such members (inferred from
 * that client working against AWS; no AWS document says so).
 */
final class WireParameters {

    private WireParameters() {}

    static Map<String, String> present(Map<String, String> sent) {
        if (sent == null) {
            return Map.of();
        }
        Map<String, String> present = new HashMap<>();
        sent.forEach((name, value) -> {
            if (name != null && value != null) {
                present.put(name, value);
            }
        });
        return Map.copyOf(present);
    }
}
