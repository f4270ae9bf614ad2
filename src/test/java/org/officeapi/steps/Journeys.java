package org.officeapi.steps;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.calls.ApiCaller;
import org.officeapi.calls.CallSigning;
import org.officeapi.signin.CognitoSignIn;
import org.officeapi.signin.IdTokenClaims;
import org.officeapi.signin.IdentityPoolExchange;
import org.officeapi.signin.RoleCredentials;
import org.officeapi.signin.SignInFlow;
import org.officeapi.signin.SignInResult;
import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.StackVariants;
import org.officeapi.stack.UserAccount;
import org.officeapi.target.Target;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The user's journey the steps are made of, on whatever target the run uses: sign in, trade the ID
 * token for role credentials, call the API signed with them. Each stage reuses what the scenario
 * already has, so a step can start the journey wherever the scenario left it. {@code When} steps that
 * may be refused go through {@link #attempt}, which keeps AWS's refusal for the {@code Then} steps.
 */
public final class Journeys {

    private final ScenarioContext context;

    public Journeys(ScenarioContext context) {
        this.context = context;
    }

    Target target() {
        return SuiteRun.get().target();
    }

    ProvisionedStack stack() {
        return context.stack();
    }

    StackVariants variants() {
        return SuiteRun.get().variants();
    }

    CognitoSignIn signInClient() {
        return signInClient(stack().userPoolId(), stack().clientId());
    }

    CognitoSignIn signInClient(String userPoolId, String clientId) {
        return new CognitoSignIn(target().clients().cognitoIdp(), userPoolId, clientId);
    }

    IdentityPoolExchange identityPool() {
        return new IdentityPoolExchange(target().clients().cognitoIdentity(), stack().identityPoolId(), stack().userPoolProviderName());
    }

    /** Runs a step's AWS call; a refusal is kept for the Then steps instead of failing the When. */
    <T> T attempt(Supplier<T> call) {
        try {
            T result = call.get();
            context.succeeded();
            return result;
        } catch (AwsServiceException refusal) {
            context.refused(refusal);
            return null;
        }
    }

    SignInResult signIn(String user, SignInFlow flow) {
        UserAccount account = context.account(user);
        return signIn(user, flow, account.username(), account.password(), signInClient());
    }

    SignInResult signIn(String user, SignInFlow flow, String username, String password, CognitoSignIn client) {
        SignInResult result = attempt(() -> client.signIn(flow, username, password));
        if (result != null) {
            context.signedIn(user, result);
        }
        return result;
    }

    /** The user's ID token, signing in with SRP first if the scenario has not yet. */
    String idToken(String user) {
        SignInResult signIn = context.signIn(user);
        if (signIn == null) {
            UserAccount account = context.account(user);
            signIn = signInClient().signIn(SignInFlow.SRP, account.username(), account.password());
            context.signedIn(user, signIn);
        }
        return signIn.tokens().idToken();
    }

    /**
     * The verified group and role claims of the user's ID token. The pool's keys come from its JWKS: at the
     * target's endpoint where there is one, else at the issuer URL, as on AWS.
     */
    IdTokenClaims idTokenClaims(String user) {
        ProvisionedStack stack = stack();
        String issuer = "https://cognito-idp." + stack.region() + ".amazonaws.com/" + stack.userPoolId();
        java.net.URI jwks = java.net.URI.create(target().endpointOverride().map(e -> e + "/" + stack.userPoolId()).orElse(issuer)
                + "/.well-known/jwks.json");
        return IdTokenClaims.verify(idToken(user), jwks, issuer, stack.clientId(), target().clock());
    }

    /** @param roleLogicalName the role to ask for (CustomRoleArn), or null to let the pool choose */
    RoleCredentials exchange(String user, String roleLogicalName) {
        String customRoleArn = roleLogicalName == null ? null : stack().roleArn(roleLogicalName);
        String idToken = idToken(user);
        RoleCredentials credentials = attempt(() -> identityPool().credentials(idToken, customRoleArn));
        if (credentials != null) {
            context.credentials(user, credentials);
        }
        return credentials;
    }

    /** Offers any token under any provider name, as a client that got something wrong would. */
    void offer(String providerName, String token) {
        attempt(() -> target().clients().cognitoIdentity().getId(r -> r.identityPoolId(stack().identityPoolId())
                .logins(Map.of(providerName, token))).identityId());
    }

    RoleCredentials credentials(String user) {
        RoleCredentials credentials = context.credentials(user);
        if (credentials != null) {
            return credentials;
        }
        credentials = identityPool().credentials(idToken(user), null);
        context.credentials(user, credentials);
        return credentials;
    }

    ApiAnswer call(String method, String path, CallSigning signing) {
        ApiAnswer answer = new ApiCaller(stack().invokeUrl()).call(method, path, signing);
        context.answered(answer);
        return answer;
    }

    /** Signed as it should be: SigV4 for execute-api in the stack's region, at the target's time. */
    CallSigning.SigV4 properSignature(String user) {
        return new CallSigning.SigV4(credentials(user).credentials(), "execute-api", stack().region(), target().clock(), false);
    }
}
