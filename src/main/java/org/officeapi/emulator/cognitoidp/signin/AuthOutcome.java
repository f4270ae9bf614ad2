package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.tokens.IssuedTokens;

import java.util.Map;

/** Where a sign-in step ends: tokens, or a challenge the client must answer. */
public sealed interface AuthOutcome {

    /** Signed in. {@code refreshToken} is null when the tokens come from a refresh (AWS hands out no new one). */
    record Tokens(IssuedTokens tokens, String refreshToken) implements AuthOutcome {
        @Override
        public String toString() {
            return "Tokens[redacted]";
        }
    }

    /** Another step: {@code session} (null for none) must come back with the answer. */
    record Challenge(String name, Map<String, String> parameters, String session) implements AuthOutcome {
        public Challenge {
            parameters = Map.copyOf(parameters);
        }

        @Override
        public String toString() {
            return "Challenge[" + name + "]";
        }
    }
}
