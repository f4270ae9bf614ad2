package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.assertAwsError;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.client;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.newPool;

/** CreateUserPool, DescribeUserPool, ListUserPools, UpdateUserPool, DeleteUserPool through the real SDK. */
class UserPoolsSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    @Test
    void aNewPoolHasAwsShapeAndDefaults() {
        Instant before = Instant.now().minusSeconds(1);

        UserPoolType pool = idp.createUserPool(r -> r.poolName("office")).userPool();

        assertThat(pool.id()).matches("us-east-1_[0-9a-zA-Z]{9}");
        assertThat(pool.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + pool.id());
        assertThat(pool.name()).isEqualTo("office");
        PasswordPolicyType policy = pool.policies().passwordPolicy();
        assertThat(policy.minimumLength()).isEqualTo(8);
        assertThat(policy.requireUppercase()).isTrue();
        assertThat(policy.requireLowercase()).isTrue();
        assertThat(policy.requireNumbers()).isTrue();
        assertThat(policy.requireSymbols()).isTrue();
        assertThat(policy.temporaryPasswordValidityDays()).isEqualTo(7);
        assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
        assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
        assertThat(pool.estimatedNumberOfUsers()).isZero();
        assertThat(pool.creationDate()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(pool.schemaAttributes()).extracting(SchemaAttributeType::name).contains("sub", "email", "email_verified", "phone_number");
        assertThat(pool.schemaAttributes().get(0)).satisfies(sub -> {
            assertThat(sub.name()).isEqualTo("sub");
            assertThat(sub.mutable()).isFalse();
            assertThat(sub.required()).isTrue();
        });
    }

    @Test
    void aPolicyGivenInPartIsCompletedAndCustomAttributesArePrefixed() {
        UserPoolType pool = idp.createUserPool(r -> r.poolName("lenient")
                .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(12).requireNumbers(true)))
                .schema(SchemaAttributeType.builder().name("team").attributeDataType("String").build())).userPool();

        assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(12);
        assertThat(pool.policies().passwordPolicy().requireNumbers()).isTrue();
        assertThat(pool.policies().passwordPolicy().requireSymbols()).isFalse();
        assertThat(pool.schemaAttributes()).extracting(SchemaAttributeType::name).contains("custom:team");
    }

    @Test
    void describeCountsTheUsers() {
        String pool = newPool(idp);
        idp.adminCreateUser(r -> r.userPoolId(pool).username("a").messageAction(MessageActionType.SUPPRESS));
        idp.adminCreateUser(r -> r.userPoolId(pool).username("b").messageAction(MessageActionType.SUPPRESS));

        UserPoolType described = idp.describeUserPool(r -> r.userPoolId(pool)).userPool();

        assertThat(described.id()).isEqualTo(pool);
        assertThat(described.estimatedNumberOfUsers()).isEqualTo(2);
    }

    @Test
    void anUnknownPoolIsNotFound() {
        assertAwsError(() -> idp.describeUserPool(r -> r.userPoolId("us-east-1_nope")),
                "ResourceNotFoundException", "User pool us-east-1_nope does not exist.");
        assertAwsError(() -> idp.deleteUserPool(r -> r.userPoolId("us-east-1_nope")),
                "ResourceNotFoundException", "User pool us-east-1_nope does not exist.");
    }

    @Test
    void poolsAreListedPageByPage() {
        String first = newPool(idp);
        String second = newPool(idp);

        java.util.List<String> seen = new java.util.ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListUserPoolsResponse page = idp.listUserPools(r -> r.maxResults(1).nextToken(next));
            assertThat(page.userPools()).hasSize(1);
            page.userPools().forEach(p -> seen.add(p.id()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).contains(first, second).doesNotHaveDuplicates();
    }

    @Test
    void listingNeedsMaxResults() {
        assertAwsError(() -> idp.listUserPools(r -> { }), "InvalidParameterException",
                "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null");
        assertAwsError(() -> idp.listUserPools(r -> r.maxResults(61)), "InvalidParameterException",
                "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60");
    }

    @Test
    void anUpdateResetsWhatItLeavesOut() {
        String pool = idp.createUserPool(r -> r.poolName("to-update").autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .mfaConfiguration(UserPoolMfaType.OFF)).userPool().id();

        idp.updateUserPool(r -> r.userPoolId(pool).policies(p -> p.passwordPolicy(pp -> pp.minimumLength(10).requireSymbols(false))));

        UserPoolType updated = idp.describeUserPool(r -> r.userPoolId(pool)).userPool();
        assertThat(updated.name()).isEqualTo("to-update");
        assertThat(updated.policies().passwordPolicy().minimumLength()).isEqualTo(10);
        assertThat(updated.policies().passwordPolicy().requireSymbols()).isFalse();
        assertThat(updated.autoVerifiedAttributes()).isEmpty();
        assertThat(updated.lastModifiedDate()).isAfterOrEqualTo(updated.creationDate());
    }

    @Test
    void anUpdatedPolicyIsEnforced() {
        String pool = newPool(idp);
        idp.updateUserPool(r -> r.userPoolId(pool).policies(p -> p.passwordPolicy(pp -> pp.minimumLength(20))));
        idp.adminCreateUser(r -> r.userPoolId(pool).username("u").messageAction(MessageActionType.SUPPRESS));

        assertAwsError(() -> idp.adminSetUserPassword(r -> r.userPoolId(pool).username("u").password("Correct-Horse-9").permanent(true)),
                "InvalidPasswordException", "Password does not conform to policy: Password not long enough");
    }

    @Test
    void deletingAPoolTakesItsClientsWithIt() {
        String pool = newPool(idp);
        String client = CognitoTestSupport.passwordClient(idp, pool).clientId();

        idp.deleteUserPool(r -> r.userPoolId(pool));

        assertAwsError(() -> idp.describeUserPool(r -> r.userPoolId(pool)), "ResourceNotFoundException",
                "User pool " + pool + " does not exist.");
        assertAwsError(() -> CognitoTestSupport.signIn(idp, client, "u", "p"), "ResourceNotFoundException",
                "User pool client " + client + " does not exist.");
    }

    @Test
    void deletionProtectionKeepsThePool() {
        String pool = idp.createUserPool(r -> r.poolName("kept").deletionProtection(DeletionProtectionType.ACTIVE)).userPool().id();

        assertAwsError(() -> idp.deleteUserPool(r -> r.userPoolId(pool)), "InvalidParameterException",
                e -> assertThat(e.awsErrorDetails().errorMessage()).contains("deletion protection"));
        assertThat(idp.describeUserPool(r -> r.userPoolId(pool)).userPool().id()).isEqualTo(pool);
    }

    @Test
    void poolsLiveInTheRegionTheyWereCreatedIn() {
        String pool = newPool(idp);
        try (CognitoIdentityProviderClient ireland = CognitoTestSupport.clientIn(aws, "eu-west-1")) {
            assertAwsError(() -> ireland.describeUserPool(r -> r.userPoolId(pool)), "ResourceNotFoundException",
                    "User pool " + pool + " does not exist.");
            UserPoolType euPool = ireland.createUserPool(r -> r.poolName("eu")).userPool();
            assertThat(euPool.id()).startsWith("eu-west-1_");
            assertThat(euPool.arn()).startsWith("arn:aws:cognito-idp:eu-west-1:000000000000:userpool/");
            assertAwsError(() -> idp.describeUserPool(r -> r.userPoolId(euPool.id())), "ResourceNotFoundException",
                    "User pool " + euPool.id() + " does not exist.");
        }
    }

    @Test
    void aBadAccessKeyIsRefusedAsAwsRefusesIt() {
        try (CognitoIdentityProviderClient stranger = org.officeapi.emulator.SdkClients.client(CognitoIdentityProviderClient.builder(), aws,
                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKIAUNKNOWN", "x"))) {
            assertAwsError(() -> stranger.listUserPools(r -> r.maxResults(10)), "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        }
    }
}
