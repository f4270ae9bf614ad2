package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.signin.AuthOutcome;
import org.officeapi.emulator.cognitoidp.signin.ChallengeAnswer;
import org.officeapi.emulator.cognitoidp.signin.ClientFlows;
import org.officeapi.emulator.cognitoidp.signin.SignInFlows;
import org.officeapi.emulator.cognitoidp.signin.SignInRequest;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import java.util.Map;
import java.util.Set;

/**
 * Sign-in: InitiateAuth and RespondToAuthChallenge (unsigned: the pool is found through the client id) and
 * their signed Admin counterparts (pool named by UserPoolId). The operation's own flow list, then the client's
 * ExplicitAuthFlows, are checked before the flow's strategy ({@link SignInFlows}) runs.
 */
public final class SignInService {

    private final CognitoIdpStore store;
    private final SignInFlows flows;

    public SignInService(CognitoIdpStore store, SignInFlows flows) {
        this.store = store;
        this.flows = flows;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html">InitiateAuth</a> */
    public InitiateAuthResponse initiateAuth(InitiateAuthRequest request, CallContext context) {
        Lookups.ClientInPool found = Lookups.byClientId(store, request.clientId());
        AuthOutcome outcome = start(found.pool(), found.client(), request.authFlowAsString(), request.authParameters(), false,
                SignInFlows.INITIATE_AUTH, context);
        InitiateAuthResponse.Builder response = InitiateAuthResponse.builder();
        if (outcome instanceof AuthOutcome.Tokens tokens) {
            return response.authenticationResult(result(tokens)).challengeParameters(Map.of()).build();
        }
        AuthOutcome.Challenge challenge = (AuthOutcome.Challenge) outcome;
        return response.challengeName(challenge.name()).session(challenge.session()).challengeParameters(challenge.parameters()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html">AdminInitiateAuth</a> */
    public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        AppClient client = Lookups.client(state, pool, request.clientId());
        AuthOutcome outcome = start(pool, client, request.authFlowAsString(), request.authParameters(), true,
                SignInFlows.ADMIN_INITIATE_AUTH, context);
        AdminInitiateAuthResponse.Builder response = AdminInitiateAuthResponse.builder();
        if (outcome instanceof AuthOutcome.Tokens tokens) {
            return response.authenticationResult(result(tokens)).challengeParameters(Map.of()).build();
        }
        AuthOutcome.Challenge challenge = (AuthOutcome.Challenge) outcome;
        return response.challengeName(challenge.name()).session(challenge.session()).challengeParameters(challenge.parameters()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html">RespondToAuthChallenge</a> */
    public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request, CallContext context) {
        Lookups.ClientInPool found = Lookups.byClientId(store, request.clientId());
        AuthOutcome outcome = respond(new ChallengeAnswer(found.pool(), found.client(), request.challengeNameAsString(),
                request.session(), request.challengeResponses(), false, context.receivedAt()));
        RespondToAuthChallengeResponse.Builder response = RespondToAuthChallengeResponse.builder();
        if (outcome instanceof AuthOutcome.Tokens tokens) {
            return response.authenticationResult(result(tokens)).challengeParameters(Map.of()).build();
        }
        AuthOutcome.Challenge challenge = (AuthOutcome.Challenge) outcome;
        return response.challengeName(challenge.name()).session(challenge.session()).challengeParameters(challenge.parameters()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRespondToAuthChallenge.html">AdminRespondToAuthChallenge</a> */
    public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        AppClient client = Lookups.client(state, pool, request.clientId());
        AuthOutcome outcome = respond(new ChallengeAnswer(pool, client, request.challengeNameAsString(), request.session(),
                request.challengeResponses(), true, context.receivedAt()));
        AdminRespondToAuthChallengeResponse.Builder response = AdminRespondToAuthChallengeResponse.builder();
        if (outcome instanceof AuthOutcome.Tokens tokens) {
            return response.authenticationResult(result(tokens)).challengeParameters(Map.of()).build();
        }
        AuthOutcome.Challenge challenge = (AuthOutcome.Challenge) outcome;
        return response.challengeName(challenge.name()).session(challenge.session()).challengeParameters(challenge.parameters()).build();
    }

    private AuthOutcome start(UserPool pool, AppClient client, String flow, Map<String, String> parameters, boolean admin,
                              Set<String> operationFlows, CallContext context) {
        if (!operationFlows.contains(flow)) {
            throw CognitoIdpErrors.initiateAuthMethodNotSupported();
        }
        ClientFlows.require(client, flow);
        return flows.flow(flow).orElseThrow(() -> CognitoIdpErrors.notImplemented("the " + flow + " flow"))
                .start(new SignInRequest(pool, client, flow, parameters, admin, context.receivedAt()));
    }

    private AuthOutcome respond(ChallengeAnswer answer) {
        return flows.challenge(answer.challengeName())
                .orElseThrow(() -> CognitoIdpErrors.notImplemented("the " + answer.challengeName() + " challenge"))
                .respond(answer);
    }

    private static AuthenticationResultType result(AuthOutcome.Tokens tokens) {
        return AuthenticationResultType.builder()
                .accessToken(tokens.tokens().accessToken())
                .expiresIn(tokens.tokens().expiresInSeconds())
                .tokenType("Bearer")
                .refreshToken(tokens.refreshToken())
                .idToken(tokens.tokens().idToken())
                .build();
    }
}
