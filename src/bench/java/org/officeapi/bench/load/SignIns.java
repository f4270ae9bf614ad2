package org.officeapi.bench.load;

import org.officeapi.signin.CognitoSignIn;
import org.officeapi.signin.IdTokenClaims;
import org.officeapi.signin.IdentityPoolExchange;
import org.officeapi.signin.RoleCredentials;
import org.officeapi.signin.SignInFlow;
import org.officeapi.signin.Tokens;
import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.UserAccount;
import org.officeapi.target.Target;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs the walkthrough's users in and trades their ID tokens for role credentials, through the suite's own
 * sign-in and exchange ({@code CognitoSignIn}, {@code IdentityPoolExchange}: the SDK's Cognito clients), and
 * checks every outcome outside the timed part: the ID token verifies against the pool's JWKS and prefers the
 * user's role, the exchange gives temporary credentials of the identity the user always gets.
 */
final class SignIns {

    /** What one sign-in + exchange cost, in nanoseconds. */
    record Cost(long signIn, long exchange) {}

    private final Target target;
    private final ProvisionedStack stack;
    private final CognitoSignIn signIn;
    private final IdentityPoolExchange exchange;
    private final Map<String, String> identityOf = new HashMap<>();

    SignIns(Target target, ProvisionedStack stack) {
        this.target = target;
        this.stack = stack;
        this.signIn = new CognitoSignIn(target.clients().cognitoIdp(), stack.userPoolId(), stack.clientId());
        this.exchange = new IdentityPoolExchange(target.clients().cognitoIdentity(), stack.identityPoolId(),
                stack.userPoolProviderName());
    }

    /** The users of the matrix, each signed in with SRP and exchanged once. */
    Map<String, RoleCredentials> credentialsOfEveryUser() {
        Map<String, RoleCredentials> credentials = new LinkedHashMap<>();
        for (String user : List.of("John", "Rose")) {
            credentials.put(user, signInAndExchange(user, SignInFlow.SRP, new long[2]));
        }
        return credentials;
    }

    /** One sign-in and exchange of {@code user}, its two parts timed into {@code nanos}, then checked. */
    RoleCredentials signInAndExchange(String user, SignInFlow flow, long[] nanos) {
        UserAccount account = stack.user(user);
        long started = System.nanoTime();
        Tokens tokens = signIn.signIn(flow, account.username(), account.password()).tokens();
        long signedIn = System.nanoTime();
        RoleCredentials credentials = exchange.credentials(tokens.idToken(), null);
        long exchanged = System.nanoTime();
        nanos[0] = signedIn - started;
        nanos[1] = exchanged - signedIn;
        check(user, tokens, credentials);
        return credentials;
    }

    Cost measure(String user, SignInFlow flow) {
        long[] nanos = new long[2];
        signInAndExchange(user, flow, nanos);
        return new Cost(nanos[0], nanos[1]);
    }

    private void check(String user, Tokens tokens, RoleCredentials credentials) {
        String issuer = "https://cognito-idp." + stack.region() + ".amazonaws.com/" + stack.userPoolId();
        URI jwks = URI.create(target.endpointOverride().orElseThrow() + "/" + stack.userPoolId() + "/.well-known/jwks.json");
        IdTokenClaims claims = IdTokenClaims.verify(tokens.idToken(), jwks, issuer, stack.clientId(), target.clock());
        String role = user.equals("Rose") ? WalkthroughSpec.ADMIN_ROLE : WalkthroughSpec.USER_ROLE;
        if (!claims.preferredRole().orElse("").equals(stack.roleArn(role))) {
            throw new IllegalStateException(user + "'s ID token prefers " + claims.preferredRole() + ", not " + role);
        }
        if (!credentials.credentials().accessKeyId().startsWith("ASIA")) {
            throw new IllegalStateException(user + " got credentials that are not temporary: " + credentials);
        }
        String first = identityOf.putIfAbsent(user, credentials.identityId());
        if (first != null && !first.equals(credentials.identityId())) {
            throw new IllegalStateException(user + " got the identity " + credentials.identityId() + " after " + first);
        }
    }
}
