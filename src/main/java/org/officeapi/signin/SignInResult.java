package org.officeapi.signin;

import java.util.Map;

/** A sign-in ends with tokens, or with a challenge the user must answer first (e.g. NEW_PASSWORD_REQUIRED). */
public sealed interface SignInResult {

    record SignedIn(Tokens tokens) implements SignInResult {}

    record Challenged(String challengeName, String session, Map<String, String> parameters) implements SignInResult {
        @Override
        public String toString() {
            return "Challenged[" + challengeName + "]";
        }
    }

    default Tokens tokens() {
        if (this instanceof SignedIn signedIn) {
            return signedIn.tokens();
        }
        throw new IllegalStateException("the sign-in ended with the challenge " + ((Challenged) this).challengeName() + ", not tokens");
    }
}
