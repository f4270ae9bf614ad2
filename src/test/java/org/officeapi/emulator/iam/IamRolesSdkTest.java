package org.officeapi.emulator.iam;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.AwsErrorAssertions.awsError;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM roles through the real IamClient: every operation and every failure AWS documents for them. */
class IamRolesSdkTest {

    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"Federated":"cognito-identity.amazonaws.com"},
             "Action":"sts:AssumeRoleWithWebIdentity",
             "Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"us-east-1:12345678-aaaa-bbbb-cccc-123456789012"},
                          "ForAnyValue:StringLike":{"cognito-identity.amazonaws.com:amr":"authenticated"}}}]}""";

    private static EmbeddedAws aws;
    private static IamClient iam;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        iam = client(Region.AWS_GLOBAL);
    }

    @AfterAll
    static void stop() {
        iam.close();
        aws.close();
    }

    @BeforeEach
    void reset() {
        aws.reset();
    }

    static IamClient client(Region region) {
        return IamClient.builder()
                .endpointOverride(aws.endpoint())
                .httpClientBuilder(Apache5HttpClient.builder())
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build())
                .build();
    }

    static String decode(String urlEncoded) {
        return URLDecoder.decode(urlEncoded, StandardCharsets.UTF_8);
    }

    @Test
    void createRoleReturnsTheRoleWithItsIdArnAndEncodedTrustPolicy() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CreateRoleResponse created = iam.createRole(r -> r.roleName("CognitoRoleSecureApiUser").path("/office/")
                .assumeRolePolicyDocument(TRUST).description("users of the office API").maxSessionDuration(7200)
                .tags(Tag.builder().key("app").value("office").build()));

        Role role = created.role();
        assertThat(role.roleName()).isEqualTo("CognitoRoleSecureApiUser");
        assertThat(role.path()).isEqualTo("/office/");
        assertThat(role.arn()).isEqualTo("arn:aws:iam::000000000000:role/office/CognitoRoleSecureApiUser");
        assertThat(role.roleId()).startsWith("AROA").hasSize(21).matches("[A-Z0-9]+");
        assertThat(role.createDate()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(role.maxSessionDuration()).isEqualTo(7200);
        assertThat(role.description()).isEqualTo("users of the office API");
        assertThat(role.tags()).containsExactly(Tag.builder().key("app").value("office").build());
        // RFC 3986 encoding, as AWS returns policy documents
        assertThat(role.assumeRolePolicyDocument()).startsWith("%7B%22Version%22%3A%222012-10-17%22").doesNotContain("{", " ", "+");
        assertThat(decode(role.assumeRolePolicyDocument())).isEqualTo(TRUST);
    }

    @Test
    void getRoleFindsTheRoleWhateverTheCaseOfItsName() {
        iam.createRole(r -> r.roleName("Admin").assumeRolePolicyDocument(TRUST));

        Role role = iam.getRole(r -> r.roleName("ADMIN")).role();

        assertThat(role.roleName()).isEqualTo("Admin");
        assertThat(role.path()).isEqualTo("/");
        assertThat(role.arn()).isEqualTo("arn:aws:iam::000000000000:role/Admin");
        assertThat(role.maxSessionDuration()).isEqualTo(3600);
        assertThat(role.roleLastUsed()).isNotNull();
        assertThat(decode(role.assumeRolePolicyDocument())).isEqualTo(TRUST);
    }

    @Test
    void theUsEast1ClientWorksToo() {
        try (IamClient usEast1 = client(Region.US_EAST_1)) {
            usEast1.createRole(r -> r.roleName("r1").assumeRolePolicyDocument(TRUST));
            assertThat(iam.getRole(r -> r.roleName("r1")).role().roleName()).isEqualTo("r1");
            assertThat(usEast1.listRoles().roles()).extracting(Role::roleName).containsExactly("r1");
        }
    }

    @Test
    void roleNamesAreUniqueWithoutRegardToCase() {
        iam.createRole(r -> r.roleName("Admin").assumeRolePolicyDocument(TRUST));

        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("admin").assumeRolePolicyDocument(TRUST)))
                .satisfies(awsError("EntityAlreadyExists", 409, "Role with name admin already exists."));
    }

    @Test
    void anUnknownRoleIsNoSuchEntity() {
        assertThatThrownBy(() -> iam.getRole(r -> r.roleName("ghost")))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
        assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName("ghost")))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
        assertThatThrownBy(() -> iam.updateAssumeRolePolicy(r -> r.roleName("ghost").policyDocument(TRUST)))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
        assertThatThrownBy(() -> iam.listRoleTags(r -> r.roleName("ghost")))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
    }

    @Test
    void listRolesFiltersByPathPrefixAndPagesWithMarkers() {
        for (String name : List.of("delta", "Alpha", "charlie", "bravo")) {
            iam.createRole(r -> r.roleName(name).path("/team/").assumeRolePolicyDocument(TRUST));
        }
        iam.createRole(r -> r.roleName("other").path("/elsewhere/").assumeRolePolicyDocument(TRUST));

        List<String> names = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String from = marker;
            ListRolesResponse page = iam.listRoles(r -> r.pathPrefix("/team/").maxItems(3).marker(from));
            page.roles().forEach(role -> names.add(role.roleName()));
            assertThat(page.roles()).allSatisfy(role -> assertThat(role.tags()).isEmpty());
            marker = page.isTruncated() ? page.marker() : null;
            pages++;
        } while (marker != null);

        assertThat(names).containsExactly("Alpha", "bravo", "charlie", "delta");
        assertThat(pages).isEqualTo(2);
        assertThat(iam.listRoles().roles()).hasSize(5);
        assertThat(iam.listRoles().isTruncated()).isFalse();
    }

    @Test
    void listRolesOfAnEmptyAccountIsAnEmptyList() {
        ListRolesResponse roles = iam.listRoles();

        assertThat(roles.hasRoles()).isTrue();
        assertThat(roles.roles()).isEmpty();
    }

    @Test
    void aMarkerThisIamDidNotHandOutIsRefused() {
        assertThatThrownBy(() -> iam.listRoles(r -> r.marker("not-a-marker")))
                .satisfies(thrown -> assertThat(((IamException) thrown).statusCode()).isEqualTo(400));
    }

    @Test
    void updateAssumeRolePolicyReplacesTheTrustPolicy() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST));
        String other = """
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}""";

        iam.updateAssumeRolePolicy(r -> r.roleName("r").policyDocument(other));

        assertThat(decode(iam.getRole(r -> r.roleName("r")).role().assumeRolePolicyDocument())).isEqualTo(other);
    }

    @Test
    void deleteRoleForgetsTheRole() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST));

        iam.deleteRole(r -> r.roleName("R"));

        assertThatThrownBy(() -> iam.getRole(r -> r.roleName("r"))).satisfies(awsError("NoSuchEntity", 404,
                "The role with name r cannot be found."));
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST));
        assertThat(iam.getRole(r -> r.roleName("r")).role().roleName()).isEqualTo("r");
    }

    @Test
    void aRoleWithPoliciesCannotBeDeleted() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST));
        iam.putRolePolicy(r -> r.roleName("r").policyName("p").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}"));

        assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName("r")))
                .satisfies(awsError("DeleteConflict", 409, "Cannot delete entity, must delete policies first."));

        iam.deleteRolePolicy(r -> r.roleName("r").policyName("p"));
        String arn = iam.createPolicy(r -> r.policyName("m").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}")).policy().arn();
        iam.attachRolePolicy(r -> r.roleName("r").policyArn(arn));

        assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName("r")))
                .satisfies(awsError("DeleteConflict", 409, "Cannot delete entity, must detach all policies first."));
        assertThat(iam.getRole(r -> r.roleName("r")).role().roleName()).isEqualTo("r");
    }

    @Test
    void trustPoliciesAreValidatedWithIamsMessages() {
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument("assume-role-policy.json")))
                .satisfies(awsError("MalformedPolicyDocument", 400, "This policy contains invalid Json"));
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}")))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Has prohibited field Resource"));
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}}")))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Invalid principal in policy: com.amazon.balsa.error."
                        + "InvalidPolicyException: The passed in policy has a statement with no principals!"));
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::000000000000:role/missing\"},\"Action\":\"sts:AssumeRole\"}}")))
                .satisfies(awsError("MalformedPolicyDocument", 400,
                        "Invalid principal in policy: \"AWS\":\"arn:aws:iam::000000000000:role/missing\""));
        assertThat(iam.listRoles().roles()).isEmpty();
    }

    @Test
    void aTrustPolicyMayNameAnExistingRole() {
        iam.createRole(r -> r.roleName("ops").assumeRolePolicyDocument(TRUST));

        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "[\"arn:aws:iam::000000000000:role/ops\",\"111122223333\"]},\"Action\":\"sts:AssumeRole\"}}"));

        assertThat(iam.getRole(r -> r.roleName("r")).role().roleName()).isEqualTo("r");
    }

    @Test
    void aTrustPolicyLargerThanTheQuotaIsRefused() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            values.append(i == 0 ? "" : ",").append("\"us-east-1:00000000-0000-0000-0000-0000000000").append(String.format("%02d", i)).append('"');
        }
        String large = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"cognito-identity.amazonaws.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":"
                + "{\"cognito-identity.amazonaws.com:aud\":[" + values + "]}}}}";

        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(large)))
                .satisfies(awsError("LimitExceeded", 409, "Cannot exceed quota for ACLSizePerRole: 2048"));
    }

    @Test
    void inputIsValidatedAgainstIamsModel() {
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("bad name").assumeRolePolicyDocument(TRUST)))
                .satisfies(awsError("ValidationError", 400, "1 validation error detected: Value 'bad name' at 'roleName' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"));
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST).maxSessionDuration(60)))
                .satisfies(awsError("ValidationError", 400, "1 validation error detected: Value '60' at 'maxSessionDuration' failed to "
                        + "satisfy constraint: Member must have value greater than or equal to 3600"));
    }

    @Test
    void tagsAreAddedReplacedWithoutRegardToCaseListedAndRemoved() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST).tags(Tag.builder().key("Team").value("blue").build()));

        iam.tagRole(r -> r.roleName("r").tags(Tag.builder().key("team").value("red").build(),
                Tag.builder().key("cost").value("42").build()));

        assertThat(iam.listRoleTags(r -> r.roleName("r")).tags()).containsExactly(
                Tag.builder().key("cost").value("42").build(), Tag.builder().key("team").value("red").build());
        assertThat(iam.getRole(r -> r.roleName("r")).role().tags()).hasSize(2);

        iam.untagRole(r -> r.roleName("r").tagKeys("TEAM"));

        assertThat(iam.listRoleTags(r -> r.roleName("r")).tags()).containsExactly(Tag.builder().key("cost").value("42").build());
        assertThat(iam.listRoleTags(r -> r.roleName("r")).isTruncated()).isFalse();
    }

    @Test
    void aRoleCannotCarryMoreThanFiftyTags() {
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(Tag.builder().key("k" + i).value("v").build());
        }
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST).tags(fifty));

        assertThatThrownBy(() -> iam.tagRole(r -> r.roleName("r").tags(Tag.builder().key("one-more").value("v").build())))
                .satisfies(thrown -> assertThat(((IamException) thrown).awsErrorDetails().errorCode()).isEqualTo("LimitExceeded"));
        assertThat(iam.listRoleTags(r -> r.roleName("r")).tags()).hasSize(50);
    }

    @Test
    void permissionsBoundariesAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST)
                .permissionsBoundary("arn:aws:iam::000000000000:policy/boundary")))
                .satisfies(thrown -> assertThat(((IamException) thrown).statusCode()).isEqualTo(400));
        assertThat(iam.listRoles().roles()).isEmpty();
    }

    @Test
    void sdkClientsHelperTalksToIamToo() {
        try (IamClient viaHelper = SdkClients.client(IamClient.builder(), aws)) {
            viaHelper.createRole(r -> r.roleName("r").assumeRolePolicyDocument(TRUST));
            assertThat(iam.getRole(r -> r.roleName("r")).role().roleName()).isEqualTo("r");
        }
    }
}
