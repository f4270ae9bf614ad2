package org.officeapi.emulator.cognitoidentity;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;
import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.core.AwsErrorException;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String SUB = "3f1c2b7e-1111-4222-8333-944455556666";

    private final TestUserPool userPool = new TestUserPool("us-east-1_Office", "clientabc123");
    private final LoginTokenVerifier verifier = new LoginTokenVerifier(userPool, userPool);
    private final IdentityPoolRecord pool = pool(new CognitoProvider(userPool.providerName, userPool.clientId, false));

    static IdentityPoolRecord pool(CognitoProvider... providers) {
        return new IdentityPoolRecord("us-east-1:00000000-0000-0000-0000-000000000001", "000000000000", "us-east-1", "office",
                false, null, Map.of(), null, List.of(), List.of(providers), List.of(), Map.of(), Map.of(), Map.of(), 1, NOW);
    }

    @Test
    void aGoodIdTokenVerifies() {
        VerifiedLogin login = verifier.verify(pool, userPool.providerName,
                userPool.idToken(SUB, List.of("Admin", "User"), NOW.minusSeconds(60), c -> {}), NOW);

        assertThat(login.subject()).isEqualTo(SUB);
        assertThat(login.provider().clientId()).isEqualTo("clientabc123");
        assertThat(login.claims()).containsEntry("cognito:groups", List.of("Admin", "User"))
                .containsEntry("token_use", "id")
                .containsEntry("exp", NOW.minusSeconds(60).plus(Duration.ofHours(1)).getEpochSecond());
    }

    @Test
    void anExpiredTokenNamesNowThenExpiry() {
        String token = userPool.idToken(SUB, NOW.minus(Duration.ofHours(2)));
        long exp = NOW.minus(Duration.ofHours(1)).getEpochSecond();

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token, NOW),
                "Invalid login token. Token expired: " + NOW.getEpochSecond() + " >= " + exp);
    }

    @Test
    void theExpirySecondItselfIsAlreadyExpired() {
        String token = userPool.idToken(SUB, NOW.minus(Duration.ofHours(1)));

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token, NOW),
                "Invalid login token. Token expired: " + NOW.getEpochSecond() + " >= " + NOW.getEpochSecond());
        assertThat(verifier.verify(pool, userPool.providerName, token, NOW.minusSeconds(1)).subject()).isEqualTo(SUB);
    }

    @Test
    void aTokenFromAnotherIssuerThanTheLoginsKeyIsRefused() {
        String token = userPool.idToken(SUB, List.of(), NOW, c -> c.issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other"));

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token, NOW),
                "Invalid login token. Issuer doesn't match providerName");
    }

    @Test
    void aTokenForAnotherAppClientIsNotFromASupportedProvider() {
        String token = userPool.idToken(SUB, List.of(), NOW, c -> c.audience("someotherclient"));

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token, NOW),
                "Token is not from a supported provider of this identity pool.");
    }

    @Test
    void theAudienceMayBeAnyOfTheProvidersAppClients() {
        IdentityPoolRecord twoClients = pool(new CognitoProvider(userPool.providerName, "firstclient", false),
                new CognitoProvider(userPool.providerName, userPool.clientId, false));

        VerifiedLogin login = verifier.verify(twoClients, userPool.providerName, userPool.idToken(SUB, NOW), NOW);

        assertThat(login.provider().roleMappingKey()).isEqualTo(userPool.providerName + ":" + userPool.clientId);
    }

    @Test
    void anAccessTokenHasNoAudience() {
        assertRefused(() -> verifier.verify(pool, userPool.providerName, userPool.accessToken(SUB, NOW), NOW),
                "Invalid login token. Missing a required claim: aud");
    }

    @Test
    void aTamperedPayloadBreaksTheSignature() {
        String[] parts = userPool.idToken(SUB, List.of("User"), NOW, c -> {}).split("\\.");
        String adminPayload = Base64URL.encode(new String(Base64URL.from(parts[1]).decode())
                .replace("\"User\"", "\"Admin\"")).toString();
        String tampered = parts[0] + "." + adminPayload + "." + parts[2];

        assertRefused(() -> verifier.verify(pool, userPool.providerName, tampered, NOW),
                "Invalid login token. Couldn't verify signed token.");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderThePoolsKidIsRefused() {
        assertRefused(() -> verifier.verify(pool, userPool.providerName, userPool.forgedIdToken(SUB, NOW), NOW),
                "Invalid login token. Couldn't verify signed token.");
    }

    @Test
    void aTruncatedSignatureIsRefused() {
        String token = userPool.idToken(SUB, NOW);

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token.substring(0, token.length() - 10), NOW),
                "Invalid login token. Couldn't verify signed token.");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().subject(SUB).issuer(userPool.issuer).audience(userPool.clientId)
                .claim("token_use", "id").expirationTime(Date.from(NOW.plusSeconds(3600))).build()).serialize();

        assertRefused(() -> verifier.verify(pool, userPool.providerName, unsigned, NOW),
                "Invalid login token. Couldn't verify signed token.");
    }

    @Test
    void garbageIsNotAnOpenIdToken() {
        for (String garbage : List.of("not-a-token", "a.b.c", "eyJhbGciOiJSUzI1NiJ9", "", "..")) {
            assertRefused(() -> verifier.verify(pool, userPool.providerName, garbage, NOW),
                    "Invalid login token. Not a valid OpenId Connect identity token.");
        }
    }

    @Test
    void aTokenCutBeforeItsSignatureIsNotAnOpenIdToken() {
        String token = userPool.idToken(SUB, NOW);

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token.substring(0, token.lastIndexOf('.')), NOW),
                "Invalid login token. Not a valid OpenId Connect identity token.");
    }

    @Test
    void aLoginsKeyThatIsNoProviderOfThePoolIsRefused() {
        TestUserPool other = new TestUserPool("us-east-1_Other", "otherclient");

        assertRefused(() -> verifier.verify(pool, other.providerName, other.idToken(SUB, NOW), NOW),
                "Token is not from a supported provider of this identity pool.");
    }

    @Test
    void aPoolWhoseKeysAreUnknownCannotVerify() {
        TestUserPool unknownKeys = new TestUserPool("us-east-1_NoKeys", "client");
        IdentityPoolRecord trustsIt = pool(new CognitoProvider(unknownKeys.providerName, "client", false));

        assertRefused(() -> verifier.verify(trustsIt, unknownKeys.providerName, unknownKeys.idToken(SUB, NOW), NOW)
                , "Invalid login token. Couldn't verify signed token.");
        // the same token verifies once its pool's keys are known
        assertThat(new LoginTokenVerifier(unknownKeys, unknownKeys).verify(trustsIt, unknownKeys.providerName, unknownKeys.idToken(SUB, NOW), NOW)
                .subject()).isEqualTo(SUB);
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        String token = userPool.idToken(SUB, List.of(), NOW, c -> c.subject(null));

        assertRefused(() -> verifier.verify(pool, userPool.providerName, token, NOW),
                "Invalid login token. Missing a required claim: sub");
    }

    @Test
    void everyLoginOfAMapIsVerified() {
        TestUserPool second = new TestUserPool("us-east-1_Second", "secondclient");
        IdentityPoolRecord both = pool(new CognitoProvider(userPool.providerName, userPool.clientId, false),
                new CognitoProvider(second.providerName, second.clientId, false));
        LoginTokenVerifier verifiesFirstOnly = new LoginTokenVerifier(userPool, userPool);
        Map<String, String> logins = new java.util.LinkedHashMap<>();
        logins.put(userPool.providerName, userPool.idToken(SUB, NOW));
        logins.put(second.providerName, second.idToken(SUB, NOW));

        assertRefused(() -> verifiesFirstOnly.verifyAll(both, logins, NOW), "Invalid login token. Couldn't verify signed token.");
    }

    @Test
    void aSignedOutUsersTokenIsRefusedOnlyByAProviderWithServerSideTokenCheck() {
        String token = userPool.idToken(SUB, NOW.minusSeconds(60));
        IdentityPoolRecord checking = pool(new CognitoProvider(userPool.providerName, userPool.clientId, true));
        assertThat(verifier.verify(checking, userPool.providerName, token, NOW).subject()).isEqualTo(SUB);

        userPool.signOut(SUB);

        assertRefused(() -> verifier.verify(checking, userPool.providerName, token, NOW), "Invalid login token. Token has been revoked.");
        // without the check, the ID token is a valid JWT until it expires, as AWS documents
        assertThat(verifier.verify(pool, userPool.providerName, token, NOW).subject()).isEqualTo(SUB);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsErrorException.class, e -> {
            assertThat(e.code()).isEqualTo("NotAuthorizedException");
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
