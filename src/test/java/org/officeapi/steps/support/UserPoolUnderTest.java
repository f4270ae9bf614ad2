package org.officeapi.steps.support;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.picocontainer.Disposable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.net.URL;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One scenario's user pool, provisioned through the SDK: an app client that signs in with passwords, groups with
 * roles, users with generated passwords (kept here, never printed). Signing in returns the ID token's group and
 * role claims, verified against the pool's JWKS fetched over HTTP. The pool is deleted when the scenario ends.
 * Stand-in for the {@code stack} layer that will provision the same on any target.
 */
public final class UserPoolUnderTest implements Disposable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CognitoIdentityProviderClient cognito = EmbeddedTarget.cognito();
    private final Map<String, String> passwords = new HashMap<>();
    private String poolId;
    private String clientId;

    private String poolId() {
        if (poolId == null) {
            poolId = cognito.createUserPool(r -> r.poolName("preferred-role-" + System.nanoTime())).userPool().id();
            clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("office-web")
                    .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                    .userPoolClient().clientId();
        }
        return poolId;
    }

    /** The ARN of a role of this account by name. */
    public String roleArn(String roleName) {
        return "arn:aws:iam::" + EmbeddedTarget.aws().accountId() + ":role/" + roleName;
    }

    public void addGroup(String name, Integer precedence, String roleName) {
        cognito.createGroup(r -> r.userPoolId(poolId()).groupName(name).precedence(precedence)
                .roleArn(roleName == null ? null : roleArn(roleName)));
    }

    /** A confirmed user with a password of its own, in the given groups. */
    public void addUser(String name, List<String> groups) {
        String password = "Pw1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        cognito.adminCreateUser(r -> r.userPoolId(poolId()).username(name).messageAction(MessageActionType.SUPPRESS));
        cognito.adminSetUserPassword(r -> r.userPoolId(poolId()).username(name).password(password).permanent(true));
        groups.forEach(group -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId()).username(name).groupName(group)));
        passwords.put(name, password);
    }

    /** Signs the user in with USER_PASSWORD_AUTH and reads the verified ID token. */
    public IdToken signIn(String name) throws Exception {
        String token = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", name, "PASSWORD", passwords.get(name)))).authenticationResult().idToken();
        JWTClaimsSet claims = verifier().process(token, null);
        List<String> groups = claims.getStringListClaim("cognito:groups");
        List<String> roles = claims.getStringListClaim("cognito:roles");
        return new IdToken(groups == null ? List.of() : groups, roles == null ? List.of() : roles,
                Optional.ofNullable(claims.getStringClaim("cognito:preferred_role")));
    }

    private DefaultJWTProcessor<SecurityContext> verifier() throws Exception {
        String issuer = "https://cognito-idp." + EmbeddedTarget.aws().region() + ".amazonaws.com/" + poolId;
        URL jwks = new URL(EmbeddedTarget.aws().endpoint() + "/" + poolId + "/.well-known/jwks.json");
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwks).retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(), Set.of("sub", "exp", "iat")));
        return processor;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public void dispose() {
        if (poolId != null) {
            cognito.deleteUserPool(r -> r.userPoolId(poolId));
        }
    }

    @Override
    public String toString() {
        return "UserPoolUnderTest[" + poolId + "]";
    }
}
