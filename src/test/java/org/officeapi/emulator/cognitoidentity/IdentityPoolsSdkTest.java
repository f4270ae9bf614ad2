package org.officeapi.emulator.cognitoidentity;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolResponse;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Identity pools, their roles and their identities through the real SDK client against the embedded AWS. */
class IdentityPoolsSdkTest {

    private static final String PROVIDER = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Office";
    private static final String CLIENT = "clientabc123";
    private static final String MAPPING_KEY = PROVIDER + ":" + CLIENT;
    private static final String ADMIN = "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin";
    private static final String USER = "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser";

    private static EmbeddedAws aws;
    private static CognitoIdentityClient cognito;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        cognito = SdkClients.client(CognitoIdentityClient.builder(), aws);
    }

    @AfterAll
    static void stop() {
        cognito.close();
        aws.close();
    }

    @BeforeEach
    void reset() {
        aws.reset();
    }

    private static String createPool(String name) {
        return cognito.createIdentityPool(r -> r.identityPoolName(name).allowUnauthenticatedIdentities(true)
                .cognitoIdentityProviders(provider(CLIENT, false))).identityPoolId();
    }

    // ---- CreateIdentityPool / DescribeIdentityPool

    @Test
    void aPoolIsDescribedAsItWasCreated() {
        CreateIdentityPoolResponse created = cognito.createIdentityPool(r -> r.identityPoolName("office identities")
                .allowUnauthenticatedIdentities(false).allowClassicFlow(false)
                .supportedLoginProviders(Map.of("graph.facebook.com", "123456789012345"))
                .developerProviderName("login.office.example")
                .openIdConnectProviderARNs("arn:aws:iam::000000000000:oidc-provider/accounts.example.com")
                .samlProviderARNs("arn:aws:iam::000000000000:saml-provider/office")
                .cognitoIdentityProviders(provider(CLIENT, true))
                .identityPoolTags(Map.of("project", "office")));

        DescribeIdentityPoolResponse described = cognito.describeIdentityPool(r -> r.identityPoolId(created.identityPoolId()));

        assertThat(created.identityPoolId()).matches("us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(described.identityPoolName()).isEqualTo("office identities");
        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.allowClassicFlow()).isFalse();
        assertThat(described.supportedLoginProviders()).containsExactly(Map.entry("graph.facebook.com", "123456789012345"));
        assertThat(described.developerProviderName()).isEqualTo("login.office.example");
        assertThat(described.openIdConnectProviderARNs()).containsExactly("arn:aws:iam::000000000000:oidc-provider/accounts.example.com");
        assertThat(described.samlProviderARNs()).containsExactly("arn:aws:iam::000000000000:saml-provider/office");
        assertThat(described.cognitoIdentityProviders()).containsExactly(CognitoIdentityProvider.builder()
                .providerName(PROVIDER).clientId(CLIENT).serverSideTokenCheck(true).build());
        assertThat(described.identityPoolTags()).containsExactly(Map.entry("project", "office"));
        assertThat(created.cognitoIdentityProviders()).isEqualTo(described.cognitoIdentityProviders());
    }

    @Test
    void aNameOutsideThePatternIsAValidationError() {
        assertRefused(() -> cognito.createIdentityPool(r -> r.identityPoolName("pool#name").allowUnauthenticatedIdentities(true)),
                "ValidationException", "1 validation error detected: Value 'pool#name' at 'identityPoolName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }

    @Test
    void aProviderThatNamesNoUserPoolIsRefused() {
        assertRefused(() -> cognito.createIdentityPool(r -> r.identityPoolName("office").allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder().providerName("https://" + PROVIDER).clientId(CLIENT).build())),
                "InvalidParameterException", "Invalid Cognito Identity Provider");
        assertThat(cognito.listIdentityPools(r -> r.maxResults(60)).identityPools()).isEmpty();
    }

    @Test
    void anUnknownPoolIsNotFound() {
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertRefused(() -> cognito.describeIdentityPool(r -> r.identityPoolId(unknown)), "ResourceNotFoundException",
                "IdentityPool '" + unknown + "' not found.");
    }

    @Test
    void aPoolBelongsToItsRegion() {
        String id = createPool("office");
        try (CognitoIdentityClient ireland = CognitoIdentityClient.builder().endpointOverride(aws.endpoint())
                .httpClientBuilder(Apache5HttpClient.builder()).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
                .build()) {
            assertRefused(() -> ireland.describeIdentityPool(r -> r.identityPoolId(id)), "ResourceNotFoundException",
                    "IdentityPool '" + id + "' not found.");
            assertThat(ireland.listIdentityPools(r -> r.maxResults(60)).identityPools()).isEmpty();
        }
    }

    // ---- ListIdentityPools

    @Test
    void poolsAreListedPageByPageInCreationOrder() {
        String first = createPool("first");
        String second = createPool("second");
        String third = createPool("third");

        ListIdentityPoolsResponse page1 = cognito.listIdentityPools(r -> r.maxResults(2));
        ListIdentityPoolsResponse page2 = cognito.listIdentityPools(r -> r.maxResults(2).nextToken(page1.nextToken()));

        assertThat(page1.identityPools()).extracting(IdentityPoolShortDescription::identityPoolId).containsExactly(first, second);
        assertThat(page1.identityPools()).extracting(IdentityPoolShortDescription::identityPoolName).containsExactly("first", "second");
        assertThat(page1.nextToken()).isNotBlank();
        assertThat(page2.identityPools()).extracting(IdentityPoolShortDescription::identityPoolId).containsExactly(third);
        assertThat(page2.nextToken()).isNull();
    }

    @Test
    void listingNeedsMaxResults() {
        assertRefused(() -> cognito.listIdentityPools(r -> {}), "ValidationException",
                "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null");
        assertRefused(() -> cognito.listIdentityPools(r -> r.maxResults(61)), "ValidationException",
                "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60");
    }

    @Test
    void aNextTokenThisServiceDidNotWriteIsRefused() {
        assertRefused(() -> cognito.listIdentityPools(r -> r.maxResults(2).nextToken("forged")), "InvalidParameterException",
                "Invalid pagination token.");
    }

    // ---- UpdateIdentityPool / DeleteIdentityPool

    @Test
    void anUpdateReplacesTheConfigurationAndKeepsTheRoles() {
        String id = createPool("office");
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", USER)));

        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(r -> r.identityPoolId(id).identityPoolName("renamed")
                .allowUnauthenticatedIdentities(false).allowClassicFlow(true)
                .cognitoIdentityProviders(provider("anotherclient", false)));

        DescribeIdentityPoolResponse described = cognito.describeIdentityPool(r -> r.identityPoolId(id));
        assertThat(updated.identityPoolName()).isEqualTo("renamed");
        assertThat(described.identityPoolName()).isEqualTo("renamed");
        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.allowClassicFlow()).isTrue();
        assertThat(described.cognitoIdentityProviders()).extracting(CognitoIdentityProvider::clientId).containsExactly("anotherclient");
        assertThat(cognito.getIdentityPoolRoles(r -> r.identityPoolId(id)).roles()).containsExactly(Map.entry("authenticated", USER));
    }

    @Test
    void updatingAnUnknownPoolIsNotFound() {
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertRefused(() -> cognito.updateIdentityPool(r -> r.identityPoolId(unknown).identityPoolName("x")
                .allowUnauthenticatedIdentities(true)), "ResourceNotFoundException", "IdentityPool '" + unknown + "' not found.");
    }

    @Test
    void aDeletedPoolAndItsIdentitiesAreGone() {
        String id = createPool("office");
        String guest = cognito.getId(r -> r.identityPoolId(id)).identityId();

        cognito.deleteIdentityPool(r -> r.identityPoolId(id));

        assertRefused(() -> cognito.describeIdentityPool(r -> r.identityPoolId(id)), "ResourceNotFoundException",
                "IdentityPool '" + id + "' not found.");
        assertRefused(() -> cognito.getCredentialsForIdentity(r -> r.identityId(guest)), "ResourceNotFoundException",
                "Identity '" + guest + "' not found.");
        assertRefused(() -> cognito.deleteIdentityPool(r -> r.identityPoolId(id)), "ResourceNotFoundException",
                "IdentityPool '" + id + "' not found.");
    }

    // ---- SetIdentityPoolRoles / GetIdentityPoolRoles

    @Test
    void rolesAndRoleMappingsAreReadBackAsSet() {
        String id = createPool("office");
        RoleMapping token = RoleMapping.builder().type(RoleMappingType.TOKEN).ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY).build();

        cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", USER, "unauthenticated", ADMIN))
                .roleMappings(Map.of(MAPPING_KEY, token)));
        GetIdentityPoolRolesResponse roles = cognito.getIdentityPoolRoles(r -> r.identityPoolId(id));

        assertThat(roles.identityPoolId()).isEqualTo(id);
        assertThat(roles.roles()).containsOnly(Map.entry("authenticated", USER), Map.entry("unauthenticated", ADMIN));
        assertThat(roles.roleMappings()).containsExactly(Map.entry(MAPPING_KEY, token));
    }

    @Test
    void rulesAreKeptInOrder() {
        String id = createPool("office");
        List<MappingRule> rules = List.of(
                MappingRule.builder().claim("cognito:groups").matchType(MappingRuleMatchType.CONTAINS).value("Admin").roleARN(ADMIN).build(),
                MappingRule.builder().claim("email").matchType(MappingRuleMatchType.STARTS_WITH).value("john").roleARN(USER).build(),
                MappingRule.builder().claim("custom:tier").matchType(MappingRuleMatchType.NOT_EQUAL).value("gold").roleARN(USER).build(),
                MappingRule.builder().claim("sub").matchType(MappingRuleMatchType.EQUALS).value("x").roleARN(ADMIN).build());
        RoleMapping mapping = RoleMapping.builder().type(RoleMappingType.RULES)
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE).rulesConfiguration(c -> c.rules(rules)).build();

        cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of()).roleMappings(Map.of(MAPPING_KEY, mapping)));

        assertThat(cognito.getIdentityPoolRoles(r -> r.identityPoolId(id)).roleMappings().get(MAPPING_KEY)).isEqualTo(mapping);
    }

    @Test
    void aRoleMappingMustNameAConfiguredProviderAndClient() {
        String id = createPool("office");
        RoleMapping token = RoleMapping.builder().type(RoleMappingType.TOKEN).ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY).build();

        for (String key : List.of(PROVIDER, PROVIDER + ":someotherclient", "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other:" + CLIENT)) {
            assertRefused(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of()).roleMappings(Map.of(key, token))),
                    "InvalidParameterException", key + " is not a valid RoleMapping ProviderName or is not a configured provider.");
        }
    }

    @Test
    void aRoleThatIsNotARoleArnIsForbidden() {
        String id = createPool("office");

        assertRefused(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", "CognitoRoleSecureApiUser"))),
                "NotAuthorizedException", "Access to Role 'CognitoRoleSecureApiUser' is forbidden.");
        assertRefused(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id)
                        .roles(Map.of("authenticated", "arn:aws:iam::111122223333:role/ElsewhereRole"))),
                "NotAuthorizedException", "Access to Role 'arn:aws:iam::111122223333:role/ElsewhereRole' is forbidden.");
    }

    @Test
    void onlyAuthenticatedAndUnauthenticatedRolesExist() {
        String id = createPool("office");

        assertRefused(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("admin", ADMIN))),
                "ValidationException", "1 validation error detected: Value '{admin=" + ADMIN + "}' at 'roles' failed to satisfy constraint: "
                        + "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: (un)?authenticated]");
    }

    @Test
    void aRoleMappingNeedsItsAmbiguousRoleResolutionAndRulesTheirRules() {
        String id = createPool("office");
        RoleMapping noResolution = RoleMapping.builder().type(RoleMappingType.TOKEN).build();
        RoleMapping noRules = RoleMapping.builder().type(RoleMappingType.RULES).ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY).build();

        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of()).roleMappings(Map.of(MAPPING_KEY, noResolution))))
                .isInstanceOfSatisfying(CognitoIdentityException.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException"));
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of()).roleMappings(Map.of(MAPPING_KEY, noRules))))
                .isInstanceOfSatisfying(CognitoIdentityException.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException"));
    }

    @Test
    void aRefusedSetIdentityPoolRolesChangesNothing() {
        String id = createPool("office");
        cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", USER)));

        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", ADMIN))
                .roleMappings(Map.of("not-a-provider", RoleMapping.builder().type(RoleMappingType.TOKEN)
                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY).build()))))
                .isInstanceOf(CognitoIdentityException.class);

        GetIdentityPoolRolesResponse roles = cognito.getIdentityPoolRoles(r -> r.identityPoolId(id));
        assertThat(roles.roles()).containsExactly(Map.entry("authenticated", USER));
        assertThat(roles.hasRoleMappings()).isFalse();
    }

    // ---- identities

    @Test
    void guestIdentitiesAreDescribedListedAndDeleted() {
        String id = createPool("office");
        String first = cognito.getId(r -> r.identityPoolId(id)).identityId();
        String second = cognito.getId(r -> r.identityPoolId(id)).identityId();
        String third = cognito.getId(r -> r.identityPoolId(id)).identityId();

        var described = cognito.describeIdentity(r -> r.identityId(first));
        var page1 = cognito.listIdentities(r -> r.identityPoolId(id).maxResults(2));
        var page2 = cognito.listIdentities(r -> r.identityPoolId(id).maxResults(2).nextToken(page1.nextToken()));
        cognito.deleteIdentities(r -> r.identityIdsToDelete(first, "us-east-1:00000000-0000-0000-0000-000000000000"));

        assertThat(described.identityId()).isEqualTo(first);
        assertThat(described.logins()).isEmpty();
        assertThat(described.creationDate()).isNotNull();
        assertThat(page1.identities()).extracting(i -> i.identityId()).containsExactly(first, second);
        assertThat(page2.identities()).extracting(i -> i.identityId()).containsExactly(third);
        assertThat(cognito.listIdentities(r -> r.identityPoolId(id).maxResults(60)).identities()).extracting(i -> i.identityId())
                .containsExactly(second, third);
        assertRefused(() -> cognito.describeIdentity(r -> r.identityId(first)), "ResourceNotFoundException",
                "Identity '" + first + "' not found.");
    }

    @Test
    void aGuestOfAPoolWithoutRolesHasNothingToAssume() {
        String id = createPool("office");
        String guest = cognito.getId(r -> r.identityPoolId(id)).identityId();

        assertRefused(() -> cognito.getCredentialsForIdentity(r -> r.identityId(guest)), "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    @Test
    void aMalformedIdentityPoolIdIsAValidationError() {
        assertRefused(() -> cognito.getId(r -> r.identityPoolId("us-east-1_Office")), "ValidationException",
                "1 validation error detected: Value 'us-east-1_Office' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
    }

    private static CognitoIdentityProvider provider(String clientId, boolean serverSideTokenCheck) {
        return CognitoIdentityProvider.builder().providerName(PROVIDER).clientId(clientId).serverSideTokenCheck(serverSideTokenCheck).build();
    }

    private static void assertRefused(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoIdentityException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }
}
