package org.officeapi.emulator.cognitoidp.tokens;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.PoolKeySource;
import org.officeapi.emulator.cognitoidp.model.PoolKeys;
import org.officeapi.emulator.cognitoidp.model.PoolRef;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.password.SrpPasswordCredential;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuerTest {

    private static final PoolKeys KEYS = PoolKeyGenerator.generate();
    private static final PoolRef REF = new PoolRef("123456789012", "eu-west-1", "eu-west-1_AbCdEf123");
    private static final UserPool POOL = new UserPool(REF, UserPoolType.builder().id(REF.poolId()).build(), PoolKeySource.of(KEYS));
    private static final Instant SIGNED_IN = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/Admin";
    private static final String USER_ROLE = "arn:aws:iam::123456789012:role/User";
    private static final List<RoleClaims.GroupRole> ROSE_GROUPS = List.of(
            new RoleClaims.GroupRole("Admin", 0, ADMIN_ROLE), new RoleClaims.GroupRole("User", 1, USER_ROLE));

    private static AppClient client(UserPoolClientType.Builder settings) {
        return new AppClient(settings.clientId("abcdefghijklmnopqrstuvwxyz").userPoolId(REF.poolId()).build());
    }

    private static User rose() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", "rose@example.com");
        attributes.put("email_verified", "true");
        attributes.put("custom:team", "42");
        return new User("rose", "6f1e2d3c-0000-4000-8000-000000000001", attributes, UserStatusType.CONFIRMED, true,
                SrpPasswordCredential.of("us-east-1_test", "user", "x"), SIGNED_IN, SIGNED_IN, SIGNED_IN, null);
    }

    private static SignInSession session() {
        return new SignInSession("origin-1", REF, "abcdefghijklmnopqrstuvwxyz", "rose", rose().sub(), SIGNED_IN, false);
    }

    @Test
    void theIdTokenCarriesExactlyCognitosClaims() throws Exception {
        IssuedTokens tokens = TokenIssuer.issue(POOL, client(UserPoolClientType.builder()), rose(), ROSE_GROUPS, session(), SIGNED_IN);

        SignedJWT id = SignedJWT.parse(tokens.idToken());
        JWTClaimsSet claims = id.getJWTClaimsSet();
        assertThat(id.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(id.getHeader().getKeyID()).isEqualTo(KEYS.idTokenKey().getKeyID());
        assertThat(id.verify(new RSASSAVerifier(KEYS.idTokenKey().toRSAPublicKey()))).isTrue();
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("sub", "cognito:groups", "cognito:preferred_role", "iss",
                "cognito:username", "origin_jti", "cognito:roles", "aud", "token_use", "auth_time", "email", "email_verified",
                "custom:team", "exp", "iat", "jti");
        assertThat(claims.getSubject()).isEqualTo(rose().sub());
        assertThat(claims.getIssuer()).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123");
        // a single audience is a plain string on the wire, as in Cognito's tokens
        assertThat(id.getPayload().toJSONObject().get("aud")).isEqualTo("abcdefghijklmnopqrstuvwxyz");
        assertThat(id.getPayload().toJSONObject().get("cognito:groups")).isInstanceOf(List.class);
        assertThat(claims.getStringClaim("token_use")).isEqualTo("id");
        assertThat(claims.getStringClaim("cognito:username")).isEqualTo("rose");
        assertThat(claims.getStringListClaim("cognito:groups")).containsExactly("Admin", "User");
        assertThat(claims.getStringListClaim("cognito:roles")).containsExactly(ADMIN_ROLE, USER_ROLE);
        assertThat(claims.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
        assertThat(claims.getClaim("email_verified")).isEqualTo(true);
        assertThat(claims.getClaim("custom:team")).isEqualTo("42");
        assertThat(claims.getLongClaim("auth_time")).isEqualTo(SIGNED_IN.getEpochSecond());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2026-01-02T04:04:05Z"));
        assertThat(claims.getStringClaim("origin_jti")).isEqualTo("origin-1");
        assertThat(tokens.expiresInSeconds()).isEqualTo(3600);
    }

    @Test
    void theAccessTokenIsSignedWithTheOtherKeyAndHasNoAudienceNorRoles() throws Exception {
        IssuedTokens tokens = TokenIssuer.issue(POOL, client(UserPoolClientType.builder()), rose(), ROSE_GROUPS, session(), SIGNED_IN);

        SignedJWT access = SignedJWT.parse(tokens.accessToken());
        JWTClaimsSet claims = access.getJWTClaimsSet();
        assertThat(access.getHeader().getKeyID()).isEqualTo(KEYS.accessTokenKey().getKeyID()).isNotEqualTo(KEYS.idTokenKey().getKeyID());
        assertThat(access.verify(new RSASSAVerifier(KEYS.accessTokenKey().toRSAPublicKey()))).isTrue();
        assertThat(access.verify(new RSASSAVerifier(KEYS.idTokenKey().toRSAPublicKey()))).isFalse();
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("sub", "cognito:groups", "iss", "client_id", "origin_jti",
                "token_use", "scope", "auth_time", "exp", "iat", "jti", "username");
        assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
        assertThat(claims.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("abcdefghijklmnopqrstuvwxyz");
        assertThat(claims.getStringClaim("username")).isEqualTo("rose");
    }

    @Test
    void aUserInNoGroupGetsNoGroupOrRoleClaims() throws Exception {
        IssuedTokens tokens = TokenIssuer.issue(POOL, client(UserPoolClientType.builder()), rose(), List.of(), session(), SIGNED_IN);

        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getClaims())
                .doesNotContainKeys("cognito:groups", "cognito:roles", "cognito:preferred_role");
        assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getClaims()).doesNotContainKey("cognito:groups");
    }

    @Test
    void lifetimesComeFromTheClient() throws Exception {
        AppClient shortLived = client(UserPoolClientType.builder().idTokenValidity(10).accessTokenValidity(30)
                .tokenValidityUnits(TokenValidityUnitsType.builder().idToken("minutes").accessToken("minutes").build()));

        IssuedTokens tokens = TokenIssuer.issue(POOL, shortLived, rose(), List.of(), session(), SIGNED_IN);

        Instant issued = Instant.parse("2026-01-02T03:04:05Z");
        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(issued.plusSeconds(600));
        assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(issued.plusSeconds(1800));
        assertThat(tokens.expiresInSeconds()).isEqualTo(1800);
    }

    @Test
    void aReissueKeepsTheSessionsAuthTimeAndOrigin() throws Exception {
        Instant later = SIGNED_IN.plusSeconds(5000);

        IssuedTokens tokens = TokenIssuer.issue(POOL, client(UserPoolClientType.builder()), rose(), List.of(), session(), later);

        JWTClaimsSet claims = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
        assertThat(claims.getLongClaim("auth_time")).isEqualTo(SIGNED_IN.getEpochSecond());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(later.getEpochSecond()));
        assertThat(claims.getStringClaim("origin_jti")).isEqualTo("origin-1");
    }

    @Test
    void theIdTokenCarriesOnlyTheAttributesTheClientMayRead() throws Exception {
        AppClient narrow = client(UserPoolClientType.builder().readAttributes("email"));

        JWTClaimsSet claims = SignedJWT.parse(TokenIssuer.issue(POOL, narrow, rose(), List.of(), session(), SIGNED_IN).idToken())
                .getJWTClaimsSet();

        assertThat(claims.getStringClaim("email")).isEqualTo("rose@example.com");
        assertThat(claims.getClaims()).doesNotContainKeys("email_verified", "custom:team");
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        IssuedTokens first = TokenIssuer.issue(POOL, client(UserPoolClientType.builder()), rose(), List.of(), session(), SIGNED_IN);
        IssuedTokens second = TokenIssuer.issue(POOL, client(UserPoolClientType.builder()), rose(), List.of(), session(), SIGNED_IN);

        assertThat(SignedJWT.parse(first.idToken()).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(SignedJWT.parse(second.idToken()).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(SignedJWT.parse(first.accessToken()).getJWTClaimsSet().getJWTID());
    }

    @Test
    void eachPoolKeyHasItsOwnKidInCognitosShape() {
        assertThat(KEYS.idTokenKey().getKeyID()).hasSize(44).endsWith("=");
        assertThat(KEYS.accessTokenKey().getKeyID()).hasSize(44).isNotEqualTo(KEYS.idTokenKey().getKeyID());
        assertThat(KEYS.toString()).doesNotContain("\"d\"");
        assertThat(PoolKeyGenerator.generate().idTokenKey().getKeyID()).isNotEqualTo(KEYS.idTokenKey().getKeyID());
    }
}
