package org.officeapi.emulator.cognitoidp.srp;

import java.util.Map;

/**
 * The PASSWORD_VERIFIER challenge InitiateAuth(USER_SRP_AUTH) answers with.
 *
 * @param salt SALT
 * @param srpB SRP_B
 * @param secretBlock SECRET_BLOCK, sealed
 * @param userIdForSrp USER_ID_FOR_SRP: the internal username, which the client signs and sends back
 */
public record PasswordVerifierChallenge(String salt, String srpB, String secretBlock, String userIdForSrp) {

    /**
     * The {@code ChallengeParameters} map. {@code USERNAME} is the internal username too: traces of real
     * responses show the same value in both (whether AWS ever sends the alias there is UNCONFIRMED).
     */
    public Map<String, String> challengeParameters() {
        return Map.of("SALT", salt, "SECRET_BLOCK", secretBlock, "SRP_B", srpB,
                "USERNAME", userIdForSrp, "USER_ID_FOR_SRP", userIdForSrp);
    }
}
