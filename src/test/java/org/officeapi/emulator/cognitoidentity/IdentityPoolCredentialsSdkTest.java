package org.officeapi.emulator.cognitoidentity;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.WebIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenResponse;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token exchange through the real SDK client (GetId, GetCredentialsForIdentity, GetOpenIdToken),
 * with test doubles behind the ports for the user pool's keys, IAM and STS.
 */
class IdentityPoolCredentialsSdkTest {

    private static final TestUserPool USER_POOL = new TestUserPool("us-east-1_Office", "clientabc123");
    private static final String JOHN = "11111111-aaaa-4bbb-8ccc-000000000001";
    private static final String ROSE = "22222222-aaaa-4bbb-8ccc-000000000002";
    private static final String NOBODY = "33333333-aaaa-4bbb-8ccc-000000000003";

    private static IdentityPoolTestServer server;
    private static CognitoIdentityClient cognito;

    private String poolId;
    private String adminRole;
    private String userRole;
    private String authenticatedRole;
    private String guestRole;

    @BeforeAll
    static void start() {
        server = new IdentityPoolTestServer(USER_POOL);
        cognito = server.client();
    }

    @AfterAll
    static void stop() {
        cognito.close();
        server.close();
    }

    @BeforeEach
    void pool() {
        poolId = createPool(true, null);
        adminRole = server.iam.role("CognitoRoleSecureAPIAdmin");
        userRole = server.iam.role("CognitoRoleSecureApiUser");
        authenticatedRole = server.iam.role("Cognito_OfficeAuth_Role");
        guestRole = server.iam.role("Cognito_OfficeUnauth_Role");
        for (String role : List.of(adminRole, userRole, authenticatedRole)) {
            server.iam.trustCognito(role, poolId, "authenticated");
        }
        server.iam.trustCognito(guestRole, poolId, "unauthenticated");
    }

    @AfterEach
    void clear() {
        server.iam.clear();
        server.service.reset();
        server.clock.reset();
    }

    private String createPool(boolean allowGuests, Boolean allowClassicFlow) {
        return cognito.createIdentityPool(r -> r.identityPoolName("office identities").allowUnauthenticatedIdentities(allowGuests)
                .allowClassicFlow(allowClassicFlow)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder().providerName(USER_POOL.providerName).clientId(USER_POOL.clientId).build())).identityPoolId();
    }

    private void mapRolesFromToken(AmbiguousRoleResolutionType ambiguous) {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId)
                .roles(Map.of("authenticated", authenticatedRole, "unauthenticated", guestRole))
                .roleMappings(Map.of(USER_POOL.providerName + ":" + USER_POOL.clientId,
                        RoleMapping.builder().type(RoleMappingType.TOKEN).ambiguousRoleResolution(ambiguous).build())));
    }

    private static String johnsToken() {
        return USER_POOL.idToken(JOHN, List.of("User"), now(), c -> c.claim("cognito:roles", List.of(role("CognitoRoleSecureApiUser")))
                .claim("cognito:preferred_role", role("CognitoRoleSecureApiUser")));
    }

    private static String rosesToken() {
        return USER_POOL.idToken(ROSE, List.of("Admin", "User"), now(), c -> c
                .claim("cognito:roles", List.of(role("CognitoRoleSecureAPIAdmin"), role("CognitoRoleSecureApiUser")))
                .claim("cognito:preferred_role", role("CognitoRoleSecureAPIAdmin")));
    }

    private static String role(String name) {
        return "arn:aws:iam::" + FakeIamAndSts.ACCOUNT + ":role/" + name;
    }

    private static Instant now() {
        return server.clock.instant();
    }

    private Map<String, String> logins(String idToken) {
        return Map.of(USER_POOL.providerName, idToken);
    }

    private String getId(String idToken) {
        return cognito.getId(r -> r.identityPoolId(poolId).logins(logins(idToken))).identityId();
    }

    private GetCredentialsForIdentityResponse credentials(String idToken, String customRoleArn) {
        String identityId = getId(idToken);
        return cognito.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins(idToken)).customRoleArn(customRoleArn));
    }

    // ---- GetId

    @Test
    void theSameUserGetsTheSameIdentityEveryTime() {
        String first = getId(johnsToken());
        server.clock.advance(Duration.ofMinutes(5));
        String again = getId(johnsToken());

        assertThat(first).matches("us-east-1:[0-9a-f-]{36}").isEqualTo(again);
        assertThat(getId(rosesToken())).isNotEqualTo(first);
    }

    @Test
    void aGuestGetsANewIdentityEachTime() {
        String one = cognito.getId(r -> r.identityPoolId(poolId)).identityId();
        String two = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void aPoolWithoutGuestsRefusesUnauthenticatedGetId() {
        String noGuests = createPool(false, null);

        assertRefused(() -> cognito.getId(r -> r.identityPoolId(noGuests)), "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void aTokenOfAnotherUserPoolIsNotFromASupportedProvider() {
        TestUserPool other = new TestUserPool("us-east-1_Elsewhere", "otherclient");

        assertRefused(() -> cognito.getId(r -> r.identityPoolId(poolId).logins(Map.of(other.providerName, other.idToken(JOHN, now())))),
                "NotAuthorizedException", "Token is not from a supported provider of this identity pool.");
    }

    @Test
    void anAccessTokenIsRefused() {
        assertRefused(() -> getId(USER_POOL.accessToken(JOHN, now())), "NotAuthorizedException",
                "Invalid login token. Missing a required claim: aud");
    }

    @Test
    void anExpiredTokenIsJudgedByTheEmulatorsClock() {
        String token = johnsToken();
        long exp = Instant.ofEpochSecond(now().getEpochSecond()).plus(Duration.ofHours(1)).getEpochSecond();
        server.clock.advance(Duration.ofMinutes(61));
        long nowSeconds = now().getEpochSecond();

        assertThatThrownBy(() -> getId(token)).isInstanceOfSatisfying(CognitoIdentityException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException");
            assertThat(e.awsErrorDetails().errorMessage()).matches("Invalid login token\\. Token expired: \\d+ >= " + exp);
            long reportedNow = Long.parseLong(e.awsErrorDetails().errorMessage().replaceAll(".*: (\\d+) >=.*", "$1"));
            assertThat(reportedNow).isBetween(nowSeconds, nowSeconds + 5);
        });
    }

    @Test
    void aFailedGetIdStoresNothing() {
        assertThatThrownBy(() -> getId(USER_POOL.forgedIdToken(JOHN, now()))).isInstanceOf(CognitoIdentityException.class);

        assertThat(cognito.listIdentities(r -> r.identityPoolId(poolId).maxResults(60)).identities()).isEmpty();
    }

    @Test
    void anUnknownPoolIsNotFound() {
        String unknown = "us-east-1:00000000-0000-0000-0000-00000000beef";

        assertRefused(() -> cognito.getId(r -> r.identityPoolId(unknown)), "ResourceNotFoundException",
                "IdentityPool '" + unknown + "' not found.");
    }

    // ---- GetCredentialsForIdentity: role selection

    @Test
    void johnGetsTheUserRoleAndRoseTheAdminRole() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);

        GetCredentialsForIdentityResponse john = credentials(johnsToken(), null);
        GetCredentialsForIdentityResponse rose = credentials(rosesToken(), null);

        assertThat(server.iam.sessions).extracting(FakeIamAndSts.SessionRequest::roleArn).containsExactly(userRole, adminRole);
        assertCredentials(john.credentials());
        assertCredentials(rose.credentials());
        assertThat(john.identityId()).isEqualTo(getId(johnsToken()));
    }

    @Test
    void theSessionIsAskedOfStsAsCognitoDoes() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);
        String identityId = getId(rosesToken());

        cognito.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins(rosesToken())));

        String amrProvider = USER_POOL.providerName;
        List<String> amr = List.of("authenticated", amrProvider, amrProvider + ":CognitoSignIn:" + ROSE);
        FakeIamAndSts.TrustQuestion trust = server.iam.trustQuestions.get(0);
        assertThat(trust.roleArn()).isEqualTo(adminRole);
        assertThat(trust.principalType()).isEqualTo("Federated");
        assertThat(trust.principal()).isEqualTo("cognito-identity.amazonaws.com");
        assertThat(trust.action()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        assertThat(trust.context()).containsOnly(Map.entry("cognito-identity.amazonaws.com:aud", List.of(poolId)),
                Map.entry("cognito-identity.amazonaws.com:amr", amr), Map.entry("cognito-identity.amazonaws.com:sub", List.of(identityId)));
        FakeIamAndSts.SessionRequest session = server.iam.sessions.get(0);
        assertThat(session.sessionName()).isEqualTo("CognitoIdentityCredentials");
        assertThat(session.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(session.identity()).isEqualTo(new WebIdentity("cognito-identity.amazonaws.com", poolId, identityId, amr));
    }

    @Test
    void aUserInNoGroupIsRefusedUnderDeny() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);

        assertRefused(() -> credentials(USER_POOL.idToken(NOBODY, now()), null), "NotAuthorizedException",
                "The ambiguous role mapping rules for: " + USER_POOL.providerName + ":" + USER_POOL.clientId + " denied this request.");
        assertThat(server.iam.sessions).isEmpty();
    }

    @Test
    void aUserInNoGroupGetsTheAuthenticatedRoleUnderAuthenticatedRole() {
        mapRolesFromToken(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE);

        credentials(USER_POOL.idToken(NOBODY, now()), null);

        assertThat(server.iam.sessions).extracting(FakeIamAndSts.SessionRequest::roleArn).containsExactly(authenticatedRole);
    }

    @Test
    void johnAskingForTheAdminRoleIsRefused() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);

        assertRefused(() -> credentials(johnsToken(), adminRole), "NotAuthorizedException",
                "Access to Role '" + adminRole + "' is forbidden.");
        assertThat(server.iam.sessions).isEmpty();
    }

    @Test
    void roseMayAskForTheUserRole() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);

        credentials(rosesToken(), userRole);

        assertThat(server.iam.sessions).extracting(FakeIamAndSts.SessionRequest::roleArn).containsExactly(userRole);
    }

    @Test
    void withoutRoleMappingEveryUserGetsTheAuthenticatedRole() {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", authenticatedRole)));

        credentials(rosesToken(), null);
        credentials(johnsToken(), null);

        assertThat(server.iam.sessions).extracting(FakeIamAndSts.SessionRequest::roleArn).containsExactly(authenticatedRole, authenticatedRole);
    }

    @Test
    void rulesPickTheFirstMatchingRule() {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", authenticatedRole))
                .roleMappings(Map.of(USER_POOL.providerName + ":" + USER_POOL.clientId, RoleMapping.builder().type(RoleMappingType.RULES)
                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                        .rulesConfiguration(c -> c.rules(List.of(
                                MappingRule.builder().claim("cognito:groups").matchType(MappingRuleMatchType.CONTAINS).value("Admin").roleARN(adminRole).build(),
                                MappingRule.builder().claim("cognito:groups").matchType(MappingRuleMatchType.EQUALS).value("User").roleARN(userRole).build())))
                        .build())));

        credentials(rosesToken(), null);
        credentials(johnsToken(), null);

        assertThat(server.iam.sessions).extracting(FakeIamAndSts.SessionRequest::roleArn).containsExactly(adminRole, userRole);
        assertRefused(() -> credentials(USER_POOL.idToken(NOBODY, now()), null), "NotAuthorizedException",
                "The ambiguous role mapping rules for: " + USER_POOL.providerName + ":" + USER_POOL.clientId + " denied this request.");
    }

    // ---- GetCredentialsForIdentity: the role must exist and trust the pool

    @Test
    void noAuthenticatedRoleIsAPoolConfigurationProblem() {
        assertRefused(() -> credentials(johnsToken(), null), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    @Test
    void aRoleThatDoesNotExistIsAPoolConfigurationProblem() {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", role("DeletedRole"))));

        assertRefused(() -> credentials(johnsToken(), null), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    @Test
    void aRoleThatTrustsAnotherPoolIsAPoolConfigurationProblem() {
        String stranger = server.iam.role("TrustsAnotherPool");
        server.iam.trustCognito(stranger, "us-east-1:99999999-9999-9999-9999-999999999999", "authenticated");
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", stranger)));

        assertRefused(() -> credentials(johnsToken(), null), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
        assertThat(server.iam.sessions).isEmpty();
    }

    @Test
    void aRoleThatTrustsOnlyGuestsIsNotForSignedInUsers() {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", guestRole)));

        assertRefused(() -> credentials(johnsToken(), null), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    @Test
    void anStsRefusalIsAPoolConfigurationProblem() {
        server.iam.stsRefuses(authenticatedRole);
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", authenticatedRole)));

        assertRefused(() -> credentials(johnsToken(), null), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    // ---- GetCredentialsForIdentity: guests and the identity's logins

    @Test
    void aGuestGetsTheUnauthenticatedRole() {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", authenticatedRole, "unauthenticated", guestRole)));
        String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        GetCredentialsForIdentityResponse response = cognito.getCredentialsForIdentity(r -> r.identityId(guest));

        assertCredentials(response.credentials());
        assertThat(server.iam.sessions).singleElement().satisfies(session -> {
            assertThat(session.roleArn()).isEqualTo(guestRole);
            assertThat(session.identity().amr()).containsExactly("unauthenticated");
        });
    }

    @Test
    void aGuestWithoutUnauthenticatedRoleIsAPoolConfigurationProblem() {
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", authenticatedRole)));
        String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        assertRefused(() -> cognito.getCredentialsForIdentity(r -> r.identityId(guest)), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    @Test
    void aSignedInIdentityWithoutItsLoginsIsForbidden() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);
        String identityId = getId(johnsToken());

        assertRefused(() -> cognito.getCredentialsForIdentity(r -> r.identityId(identityId)), "NotAuthorizedException",
                "Access to Identity '" + identityId + "' is forbidden.");
    }

    @Test
    void anotherUsersLoginsDoNotMatch() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);
        String johns = getId(johnsToken());
        getId(rosesToken());

        assertRefused(() -> cognito.getCredentialsForIdentity(r -> r.identityId(johns).logins(logins(rosesToken()))),
                "NotAuthorizedException", "Logins don't match. Please include at least one valid login for this identity or identity pool.");
    }

    @Test
    void aGuestWhoSignsInBecomesThatUsersIdentity() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);
        String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        cognito.getCredentialsForIdentity(r -> r.identityId(guest).logins(logins(johnsToken())));

        assertThat(getId(johnsToken())).isEqualTo(guest);
        assertThat(cognito.describeIdentity(r -> r.identityId(guest)).logins()).containsExactly(USER_POOL.providerName);
    }

    @Test
    void aRefusedExchangeLinksNothing() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);
        String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(r -> r.identityId(guest).logins(logins(USER_POOL.idToken(NOBODY, now())))))
                .isInstanceOf(CognitoIdentityException.class);

        assertThat(cognito.describeIdentity(r -> r.identityId(guest)).logins()).isEmpty();
    }

    @Test
    void anUnknownIdentityIsNotFound() {
        String unknown = "us-east-1:00000000-0000-0000-0000-00000000feed";

        assertRefused(() -> cognito.getCredentialsForIdentity(r -> r.identityId(unknown)), "ResourceNotFoundException",
                "Identity '" + unknown + "' not found.");
    }

    // ---- GetOpenIdToken (classic flow)

    @Test
    void theClassicFlowHandsOutATenMinuteTokenSignedByTheIdentityPools() throws Exception {
        String identityId = getId(johnsToken());

        GetOpenIdTokenResponse response = cognito.getOpenIdToken(r -> r.identityId(identityId).logins(logins(johnsToken())));

        SignedJWT token = SignedJWT.parse(response.token());
        String kid = token.getHeader().getKeyID();
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(token.verify(new RSASSAVerifier(server.service.openIdTokenKeys().publicKeys().get(kid)))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("https://cognito-identity.amazonaws.com");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(poolId);
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(identityId);
        assertThat(token.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("authenticated", USER_POOL.providerName,
                USER_POOL.providerName + ":CognitoSignIn:" + JOHN);
        assertThat(Duration.between(token.getJWTClaimsSet().getIssueTime().toInstant(),
                token.getJWTClaimsSet().getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(10));
        assertThat(response.identityId()).isEqualTo(identityId);
    }

    @Test
    void aGuestsOpenIdTokenSaysUnauthenticated() throws Exception {
        String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        SignedJWT token = SignedJWT.parse(cognito.getOpenIdToken(r -> r.identityId(guest)).token());

        assertThat(token.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("unauthenticated");
    }

    @Test
    void theClassicFlowIsRefusedWhenThePoolTurnedItOff() {
        poolId = createPool(true, false);
        String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

        assertRefused(() -> cognito.getOpenIdToken(r -> r.identityId(guest)), "InvalidParameterException",
                "Basic (classic) flow is not enabled, please use enhanced flow.");
    }

    @Test
    void theClassicFlowIsRefusedWithRoleMappings() {
        mapRolesFromToken(AmbiguousRoleResolutionType.DENY);
        String identityId = getId(johnsToken());

        assertRefused(() -> cognito.getOpenIdToken(r -> r.identityId(identityId).logins(logins(johnsToken()))), "InvalidParameterException",
                "Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.");
    }

    private static void assertCredentials(Credentials credentials) {
        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        assertThat(credentials.secretKey()).isNotBlank();
        assertThat(credentials.sessionToken()).isNotBlank();
        assertThat(credentials.expiration()).isBetween(now().plus(Duration.ofMinutes(59)), now().plus(Duration.ofMinutes(61)));
    }

    private static void assertRefused(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoIdentityException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }
}
