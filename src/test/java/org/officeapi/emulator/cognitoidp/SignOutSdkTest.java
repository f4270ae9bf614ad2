package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.cognitoidp.signin.SecretHash;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/**
 * Signing out (unsigned calls): GlobalSignOut with an access token ends every sign-in of the user; RevokeToken with a
 * refresh token ends that one sign-in: its refresh token and the access tokens issued from it, refreshed ones included.
 * RevokeToken's error types are the model's; their messages are the emulator's (UNCONFIRMED).
 */
class SignOutSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private static String pool;
    private static String app;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
        pool = newPool(idp);
        app = passwordClient(idp, pool).clientId();
        confirmedUser(idp, pool, "rose");
        confirmedUser(idp, pool, "john");
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    private static AuthenticationResultType refresh(String clientId, String refreshToken, Map<String, String> more) {
        Map<String, String> parameters = new HashMap<>(more);
        parameters.put("REFRESH_TOKEN", refreshToken);
        return idp.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(parameters))
                .authenticationResult();
    }

    private static AuthenticationResultType refresh(String refreshToken) {
        return refresh(app, refreshToken, Map.of());
    }

    private static void assertAccessRevoked(String accessToken) {
        assertAwsError(() -> idp.getUser(r -> r.accessToken(accessToken)), "NotAuthorizedException", "Access Token has been revoked");
    }

    private static void assertRefreshRevoked(String clientId, String refreshToken, Map<String, String> more) {
        assertAwsError(() -> refresh(clientId, refreshToken, more), "NotAuthorizedException", "Refresh Token has been revoked");
    }

    private static JWTClaimsSet claims(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    @Test
    void globalSignOutEndsEverySignInOfTheUserAndNoOneElses() {
        AuthenticationResultType laptop = signIn(idp, app, "rose", PASSWORD);
        AuthenticationResultType phone = signIn(idp, app, "rose", PASSWORD);
        AuthenticationResultType john = signIn(idp, app, "john", PASSWORD);

        idp.globalSignOut(r -> r.accessToken(phone.accessToken()));

        assertAccessRevoked(laptop.accessToken());
        assertAccessRevoked(phone.accessToken());
        assertRefreshRevoked(app, laptop.refreshToken(), Map.of());
        assertRefreshRevoked(app, phone.refreshToken(), Map.of());
        assertAwsError(() -> idp.globalSignOut(r -> r.accessToken(phone.accessToken())), "NotAuthorizedException",
                "Access Token has been revoked");
        assertThat(idp.getUser(r -> r.accessToken(john.accessToken())).username()).isEqualTo("john");
        assertThat(refresh(john.refreshToken()).accessToken()).isNotBlank();
        // signing in again starts a new session
        AuthenticationResultType again = signIn(idp, app, "rose", PASSWORD);
        assertThat(idp.getUser(r -> r.accessToken(again.accessToken())).username()).isEqualTo("rose");
    }

    @Test
    void globalSignOutNeedsAValidAccessToken() {
        AuthenticationResultType rose = signIn(idp, app, "rose", PASSWORD);

        assertAwsError(() -> idp.globalSignOut(r -> r.accessToken("not-a-token")), "NotAuthorizedException", "Invalid Access Token");
        assertAwsError(() -> idp.globalSignOut(r -> r.accessToken(rose.idToken())), "NotAuthorizedException", "Invalid Access Token");
        aws.clock().advance(java.time.Duration.ofHours(1));
        try {
            assertAwsError(() -> idp.globalSignOut(r -> r.accessToken(rose.accessToken())), "NotAuthorizedException", "Access Token has expired");
        } finally {
            aws.clock().reset();
        }
        // none of the refusals signed anyone out
        assertThat(idp.getUser(r -> r.accessToken(rose.accessToken())).username()).isEqualTo("rose");
    }

    @Test
    void revokeTokenEndsThatSignInOnly() throws ParseException {
        AuthenticationResultType laptop = signIn(idp, app, "rose", PASSWORD);
        AuthenticationResultType refreshed = refresh(laptop.refreshToken());
        AuthenticationResultType phone = signIn(idp, app, "rose", PASSWORD);
        assertThat(claims(refreshed.accessToken()).getStringClaim("origin_jti")).isEqualTo(claims(laptop.accessToken()).getStringClaim("origin_jti"));

        idp.revokeToken(r -> r.clientId(app).token(laptop.refreshToken()));

        assertAccessRevoked(laptop.accessToken());
        assertAccessRevoked(refreshed.accessToken());
        assertRefreshRevoked(app, laptop.refreshToken(), Map.of());
        assertThat(idp.getUser(r -> r.accessToken(phone.accessToken())).username()).isEqualTo("rose");
        assertThat(refresh(phone.refreshToken()).accessToken()).isNotBlank();
        // revoking again changes nothing and is no error (UNCONFIRMED: RFC 7009's rule), nor is a token never issued
        idp.revokeToken(r -> r.clientId(app).token(laptop.refreshToken()));
        idp.revokeToken(r -> r.clientId(app).token("bm90LWEtcmVmcmVzaC10b2tlbg"));
        assertThat(idp.getUser(r -> r.accessToken(phone.accessToken())).username()).isEqualTo("rose");
    }

    @Test
    void revokeTokenRefusesWhatIsNotThatClientsRefreshToken() {
        AuthenticationResultType rose = signIn(idp, app, "rose", PASSWORD);
        String otherApp = passwordClient(idp, pool).clientId();

        assertAwsError(() -> idp.revokeToken(r -> r.clientId(otherApp).token(rose.refreshToken())), "UnauthorizedException",
                "The token was not issued to this client");
        assertAwsError(() -> idp.revokeToken(r -> r.clientId("unknownclient1234567890ab").token(rose.refreshToken())),
                "UnauthorizedException", "Invalid client");
        assertAwsError(() -> idp.revokeToken(r -> r.clientId(app).token(rose.accessToken())), "UnsupportedTokenTypeException",
                "Only refresh tokens can be revoked");
        assertAwsError(() -> idp.revokeToken(r -> r.clientId(app).token(rose.idToken())), "UnsupportedTokenTypeException",
                "Only refresh tokens can be revoked");
        assertThat(thrownBy(() -> idp.revokeToken(r -> r.clientId(app).token(rose.idToken()))))
                .isInstanceOf(UnsupportedTokenTypeException.class);
        // a refused call revokes nothing
        assertThat(idp.getUser(r -> r.accessToken(rose.accessToken())).username()).isEqualTo("rose");
        assertThat(refresh(rose.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void aClientWithASecretMustSendIt() {
        UserPoolClientType secretive = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("server").generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient();
        String hash = SecretHash.compute(secretive.clientSecret(), "rose", secretive.clientId());
        AuthenticationResultType rose = idp.initiateAuth(r -> r.clientId(secretive.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "PASSWORD", PASSWORD, "SECRET_HASH", hash))).authenticationResult();

        assertThat(thrownBy(() -> idp.revokeToken(r -> r.clientId(secretive.clientId()).token(rose.refreshToken()))))
                .isInstanceOf(UnauthorizedException.class);
        assertAwsError(() -> idp.revokeToken(r -> r.clientId(secretive.clientId()).token(rose.refreshToken())), "UnauthorizedException",
                "Invalid client");
        String wrong = secretive.clientSecret().substring(1) + (secretive.clientSecret().charAt(0) == 'a' ? "b" : "a");
        assertAwsError(() -> idp.revokeToken(r -> r.clientId(secretive.clientId()).clientSecret(wrong).token(rose.refreshToken())),
                "UnauthorizedException", "Invalid client");
        assertThat(idp.getUser(r -> r.accessToken(rose.accessToken())).username()).isEqualTo("rose");

        idp.revokeToken(r -> r.clientId(secretive.clientId()).clientSecret(secretive.clientSecret()).token(rose.refreshToken()));

        assertAccessRevoked(rose.accessToken());
        assertRefreshRevoked(secretive.clientId(), rose.refreshToken(), Map.of("SECRET_HASH", hash));
    }

    @Test
    void aClientWithoutTokenRevocationIssuesNoJtiAndRevokesNothing() throws ParseException {
        UserPoolClientType legacy = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("legacy").enableTokenRevocation(false)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient();
        assertThat(legacy.enableTokenRevocation()).isFalse();
        AuthenticationResultType rose = signIn(idp, legacy.clientId(), "rose", PASSWORD);
        AuthenticationResultType other = signIn(idp, app, "rose", PASSWORD);

        // as AWS documents, jti and origin_jti come with token revocation; browser SDKs then skip RevokeToken
        assertThat(claims(rose.accessToken()).getClaims()).doesNotContainKeys("jti", "origin_jti");
        assertThat(claims(rose.idToken()).getClaims()).doesNotContainKeys("jti", "origin_jti");
        assertThat(claims(other.accessToken()).getClaims()).containsKeys("jti", "origin_jti");
        assertAwsError(() -> idp.revokeToken(r -> r.clientId(legacy.clientId()).token(rose.refreshToken())), "UnsupportedOperationException",
                "Token revocation is not enabled for this client");
        assertThat(thrownBy(() -> idp.revokeToken(r -> r.clientId(legacy.clientId()).token(rose.refreshToken()))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(idp.getUser(r -> r.accessToken(rose.accessToken())).username()).isEqualTo("rose");

        // its sessions still end with a sign-out everywhere
        idp.globalSignOut(r -> r.accessToken(rose.accessToken()));

        assertAccessRevoked(rose.accessToken());
        assertRefreshRevoked(legacy.clientId(), rose.refreshToken(), Map.of());
        assertAccessRevoked(other.accessToken());
    }

    @Test
    void adminUserGlobalSignOutEndsTheUsersSignInsToo() {
        confirmedUser(idp, pool, "sam");
        AuthenticationResultType sam = signIn(idp, app, "sam", PASSWORD);

        idp.adminUserGlobalSignOut(r -> r.userPoolId(pool).username("sam"));

        assertAccessRevoked(sam.accessToken());
        assertRefreshRevoked(app, sam.refreshToken(), Map.of());
    }
}
