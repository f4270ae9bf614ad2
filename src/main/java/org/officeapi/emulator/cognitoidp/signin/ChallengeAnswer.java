package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.UserPool;

import java.time.Instant;
import java.util.Map;

/**
 * An answer to a challenge, as RespondToAuthChallenge or AdminRespondToAuthChallenge carried it, once its pool
 * and app client are known. {@code session} may be null (the SRP PASSWORD_VERIFIER answer carries none).
 */
public record ChallengeAnswer(UserPool pool, AppClient client, String challengeName, String session,
                              Map<String, String> responses, boolean admin, Instant now) {

    public ChallengeAnswer {
        responses = WireParameters.present(responses);
    }

    @Override
    public String toString() {
        return "ChallengeAnswer[" + challengeName + " on " + pool.id() + "]";
    }
}
