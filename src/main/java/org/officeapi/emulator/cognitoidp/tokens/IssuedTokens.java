package org.officeapi.emulator.cognitoidp.tokens;

/** The signed ID and access tokens of one issue, and the access token's lifetime in seconds (ExpiresIn). */
public record IssuedTokens(String idToken, String accessToken, int expiresInSeconds) {

    @Override
    public String toString() {
        return "IssuedTokens[redacted, expires in " + expiresInSeconds + " s]";
    }
}
