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
import org.officeapi.stack.UserAccount;
import org.officeapi.target.Target;

/**
 * The user's journey the steps are made of, on whatever target the run uses: sign in, trade the ID
 * token for role credentials, call the API signed with them. Each stage reuses what the scenario
 * already has, so a step can start the journey wherever the scenario left it.
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

    CognitoSignIn signInClient() {
        return new CognitoSignIn(target().clients().cognitoIdp(), stack().userPoolId(), stack().clientId());
    }

    IdentityPoolExchange identityPool() {
        return new IdentityPoolExchange(target().clients().cognitoIdentity(), stack().identityPoolId(), stack().userPoolProviderName());
    }

    SignInResult signIn(String user, SignInFlow flow) {
        UserAccount account = stack().user(user);
        SignInResult result = signInClient().signIn(flow, account.username(), account.password());
        context.signedIn(user, result);
        return result;
    }

    String idToken(String user) {
        SignInResult signIn = context.signIn(user);
        if (signIn == null) {
            signIn = signIn(user, SignInFlow.SRP);
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
        RoleCredentials credentials = identityPool().credentials(idToken(user), customRoleArn);
        context.credentials(user, credentials);
        return credentials;
    }

    RoleCredentials credentials(String user) {
        RoleCredentials credentials = context.credentials(user);
        return credentials != null ? credentials : exchange(user, null);
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
