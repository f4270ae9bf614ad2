package org.officeapi.signin;

/** What a successful sign-in gives: the three tokens. Never printed. */
public record Tokens(String idToken, String accessToken, String refreshToken, int expiresIn) {

    @Override
    public String toString() {
        return "Tokens[expiresIn=" + expiresIn + "]";
    }
}
