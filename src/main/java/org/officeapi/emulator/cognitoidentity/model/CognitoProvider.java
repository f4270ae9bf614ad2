package org.officeapi.emulator.cognitoidentity.model;

/**
 * A user pool configured as a provider of an identity pool.
 *
 * @param providerName          {@code cognito-idp.{region}.amazonaws.com/{userPoolId}}, the Logins key
 * @param clientId              the app client whose ID tokens are accepted (their {@code aud}); null if none was given
 * @param serverSideTokenCheck  whether the identity pool asks the user pool if the token's sign-in still stands
 */
public record CognitoProvider(String providerName, String clientId, boolean serverSideTokenCheck) {

    /** {@code providerName:clientId}, the key a role mapping for this provider must use. */
    public String roleMappingKey() {
        return providerName + ":" + clientId;
    }

    /** {@code https://} + the provider name: what the user pool writes in its tokens' {@code iss}. */
    public String issuer() {
        return "https://" + providerName;
    }
}
