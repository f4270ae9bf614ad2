package org.officeapi.signin;

import org.officeapi.signin.srp.SrpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import java.util.Map;

/**
 * Signs users in to the user pool's app client, as an app would: {@code InitiateAuth} (unsigned; the
 * client id is all an app has), then the challenges Cognito asks. Errors come back as the SDK's
 * Cognito exceptions, for scenarios to assert on.
 */
public final class CognitoSignIn {

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final String clientId;

    /** @param userPoolId SRP hashes the pool's name (the part after the underscore) into the password proof */
    public CognitoSignIn(CognitoIdentityProviderClient cognito, String userPoolId, String clientId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
        this.clientId = clientId;
    }

    public SignInResult signIn(SignInFlow flow, String username, String password) {
        return switch (flow) {
            case PASSWORD -> withPassword(username, password);
            case SRP -> withSrp(username, password);
        };
    }

    /** USER_PASSWORD_AUTH: the password goes to Cognito. */
    public SignInResult withPassword(String username, String password) {
        InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
        return result(response.authenticationResult(), response.challengeName(), response.session(), response.challengeParameters());
    }

    /**
     * USER_SRP_AUTH, as browser and mobile SDKs sign in: the password never leaves the client; it proves
     * knowledge of it by answering Cognito's PASSWORD_VERIFIER challenge.
     */
    public SignInResult withSrp(String username, String password) {
        SrpClient srp = SrpClient.start(userPoolId, clientId, null);
        InitiateAuthResponse first = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(srp.initiateAuthParameters(username)));
        if (first.challengeName() != ChallengeNameType.PASSWORD_VERIFIER) {
            return result(first.authenticationResult(), first.challengeName(), first.session(), first.challengeParameters());
        }
        RespondToAuthChallengeResponse second = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(first.session())
                .challengeResponses(srp.passwordVerifierResponses(first.challengeParameters(), password)));
        return result(second.authenticationResult(), second.challengeName(), second.session(), second.challengeParameters());
    }

    /** Answers NEW_PASSWORD_REQUIRED with a new password. */
    public SignInResult setNewPassword(SignInResult.Challenged challenge, String newPassword) {
        String username = challenge.parameters().getOrDefault("USER_ID_FOR_SRP", challenge.parameters().get("USERNAME"));
        RespondToAuthChallengeResponse response = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", username, "NEW_PASSWORD", newPassword)));
        return result(response.authenticationResult(), response.challengeName(), response.session(), response.challengeParameters());
    }

    /** REFRESH_TOKEN_AUTH: new ID and access tokens for a refresh token. */
    public Tokens refresh(String refreshToken) {
        InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
        return result(response.authenticationResult(), response.challengeName(), response.session(), response.challengeParameters())
                .tokens();
    }

    static SignInResult result(AuthenticationResultType tokens, ChallengeNameType challenge, String session,
                               Map<String, String> parameters) {
        if (tokens != null) {
            return new SignInResult.SignedIn(new Tokens(tokens.idToken(), tokens.accessToken(), tokens.refreshToken(),
                    tokens.expiresIn() == null ? 0 : tokens.expiresIn()));
        }
        return new SignInResult.Challenged(challenge == null ? null : challenge.toString(), session, parameters);
    }
}
