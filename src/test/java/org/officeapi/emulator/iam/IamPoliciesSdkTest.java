package org.officeapi.emulator.iam;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Tag;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.officeapi.emulator.AwsErrorAssertions.awsError;
import static org.officeapi.emulator.iam.IamRolesSdkTest.TRUST;
import static org.officeapi.emulator.iam.IamRolesSdkTest.decode;

/** Inline and managed policies through the real IamClient, with IAM's errors. */
class IamPoliciesSdkTest {

    static final String INVOKE_USER = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "InvokeUser",
                  "Effect": "Allow",
                  "Action": "execute-api:Invoke",
                  "Resource": "arn:aws:execute-api:us-east-1:000000000000:*/*/GET/user"
                }
              ]
            }""";

    private static EmbeddedAws aws;
    private static IamClient iam;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        iam = IamClient.builder().endpointOverride(aws.endpoint())
                .httpClientBuilder(software.amazon.awssdk.http.apache5.Apache5HttpClient.builder())
                .region(Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @AfterAll
    static void stop() {
        iam.close();
        aws.close();
    }

    @BeforeEach
    void freshRole() {
        aws.reset();
        iam.createRole(r -> r.roleName("office-user").assumeRolePolicyDocument(TRUST));
    }

    @Test
    void putGetListAndDeleteAnInlinePolicy() {
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("invoke").policyDocument(INVOKE_USER));
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("another").policyDocument(INVOKE_USER));

        GetRolePolicyResponse got = iam.getRolePolicy(r -> r.roleName("OFFICE-USER").policyName("invoke"));
        assertThat(got.roleName()).isEqualTo("office-user");
        assertThat(got.policyName()).isEqualTo("invoke");
        assertThat(got.policyDocument()).startsWith("%7B%0A%20%20%22Version%22");
        assertThat(decode(got.policyDocument())).isEqualTo(INVOKE_USER);
        assertThat(iam.listRolePolicies(r -> r.roleName("office-user")).policyNames()).containsExactly("another", "invoke");

        iam.deleteRolePolicy(r -> r.roleName("office-user").policyName("invoke"));

        assertThat(iam.listRolePolicies(r -> r.roleName("office-user")).policyNames()).containsExactly("another");
        assertThatThrownBy(() -> iam.getRolePolicy(r -> r.roleName("office-user").policyName("invoke")))
                .satisfies(awsError("NoSuchEntity", 404, "The role policy with name invoke cannot be found."));
        assertThatThrownBy(() -> iam.deleteRolePolicy(r -> r.roleName("office-user").policyName("invoke")))
                .satisfies(awsError("NoSuchEntity", 404, "The role policy with name invoke cannot be found."));
    }

    @Test
    void putRolePolicyReplacesAPolicyOfTheSameName() {
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("invoke").policyDocument(INVOKE_USER));
        String other = INVOKE_USER.replace("GET/user", "GET/admin");

        iam.putRolePolicy(r -> r.roleName("office-user").policyName("invoke").policyDocument(other));

        assertThat(decode(iam.getRolePolicy(r -> r.roleName("office-user").policyName("invoke")).policyDocument())).isEqualTo(other);
        assertThat(iam.listRolePolicies(r -> r.roleName("office-user")).policyNames()).containsExactly("invoke");
    }

    @Test
    void listRolePoliciesPages() {
        for (int i = 0; i < 5; i++) {
            String name = "p" + i;
            iam.putRolePolicy(r -> r.roleName("office-user").policyName(name).policyDocument(INVOKE_USER));
        }
        ListRolePoliciesResponse first = iam.listRolePolicies(r -> r.roleName("office-user").maxItems(2));
        ListRolePoliciesResponse second = iam.listRolePolicies(r -> r.roleName("office-user").maxItems(2).marker(first.marker()));
        ListRolePoliciesResponse last = iam.listRolePolicies(r -> r.roleName("office-user").maxItems(2).marker(second.marker()));

        assertThat(first.policyNames()).containsExactly("p0", "p1");
        assertThat(first.isTruncated()).isTrue();
        assertThat(second.policyNames()).containsExactly("p2", "p3");
        assertThat(last.policyNames()).containsExactly("p4");
        assertThat(last.isTruncated()).isFalse();
        assertThat(last.marker()).isNull();
    }

    @Test
    void inlinePoliciesOfAMissingRoleAreNoSuchEntity() {
        assertThatThrownBy(() -> iam.putRolePolicy(r -> r.roleName("ghost").policyName("p").policyDocument(INVOKE_USER)))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
        assertThatThrownBy(() -> iam.listRolePolicies(r -> r.roleName("ghost")))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
    }

    @Test
    void identityPoliciesAreValidatedWithIamsMessages() {
        assertThatThrownBy(() -> put("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}}"))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Policy document should not specify a principal."));
        assertThatThrownBy(() -> put("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}}"))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Policy statement must contain resources."));
        assertThatThrownBy(() -> put("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Resource\":\"*\"}}"))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Policy statement must contain actions."));
        assertThatThrownBy(() -> put("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",}]}"))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Syntax errors in policy."));
        assertThatThrownBy(() -> put("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"sns:Publish\","
                + "\"Resource\":\"sns-topic-name\"}}"))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Resource sns-topic-name must be in ARN format or \"*\"."));
        assertThat(iam.listRolePolicies(r -> r.roleName("office-user")).policyNames()).isEmpty();
    }

    @Test
    void theInlinePoliciesOfARoleMayNotExceedTenThousandTwoHundredFortyCharacters() {
        String big = manyStatements(60);
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("a").policyDocument(big));

        assertThatThrownBy(() -> iam.putRolePolicy(r -> r.roleName("office-user").policyName("b").policyDocument(big)))
                .satisfies(awsError("LimitExceeded", 409, "Maximum policy size of 10240 bytes exceeded for role office-user"));
        assertThat(iam.listRolePolicies(r -> r.roleName("office-user")).policyNames()).containsExactly("a");
    }

    @Test
    void createGetAndGetVersionOfAManagedPolicy() {
        Policy created = iam.createPolicy(r -> r.policyName("office-invoke").path("/office/").policyDocument(INVOKE_USER)
                .description("invoke GET /user").tags(Tag.builder().key("app").value("office").build())).policy();

        assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:policy/office/office-invoke");
        assertThat(created.policyId()).startsWith("ANPA").hasSize(21);
        assertThat(created.defaultVersionId()).isEqualTo("v1");
        assertThat(created.attachmentCount()).isZero();
        assertThat(created.isAttachable()).isTrue();
        assertThat(created.path()).isEqualTo("/office/");

        Policy got = iam.getPolicy(r -> r.policyArn(created.arn())).policy();
        assertThat(got.policyName()).isEqualTo("office-invoke");
        assertThat(got.description()).isEqualTo("invoke GET /user");
        assertThat(got.tags()).containsExactly(Tag.builder().key("app").value("office").build());

        PolicyVersion version = iam.getPolicyVersion(r -> r.policyArn(created.arn()).versionId("v1")).policyVersion();
        assertThat(version.isDefaultVersion()).isTrue();
        assertThat(version.versionId()).isEqualTo("v1");
        assertThat(decode(version.document())).isEqualTo(INVOKE_USER);

        assertThatThrownBy(() -> iam.getPolicyVersion(r -> r.policyArn(created.arn()).versionId("v2")))
                .satisfies(awsError("NoSuchEntity", 404));
    }

    @Test
    void managedPolicyNamesAreUnique() {
        iam.createPolicy(r -> r.policyName("office-invoke").policyDocument(INVOKE_USER));

        assertThatThrownBy(() -> iam.createPolicy(r -> r.policyName("Office-Invoke").path("/other/").policyDocument(INVOKE_USER)))
                .satisfies(awsError("EntityAlreadyExists", 409, "A policy called Office-Invoke already exists. Duplicate names are not allowed."));
    }

    @Test
    void aManagedPolicyMayNotExceedSixThousandOneHundredFortyFourCharacters() {
        assertThatThrownBy(() -> iam.createPolicy(r -> r.policyName("big").policyDocument(manyStatements(40))))
                .satisfies(awsError("LimitExceeded", 409, "Cannot exceed quota for PolicySize: 6144"));
        assertThatThrownBy(() -> iam.createPolicy(r -> r.policyName("bad").policyDocument("{\"Statement\":[]}")))
                .satisfies(awsError("MalformedPolicyDocument", 400, "Syntax errors in policy."));
    }

    @Test
    void attachListDetachAndDeleteAManagedPolicy() {
        String arn = iam.createPolicy(r -> r.policyName("office-invoke").policyDocument(INVOKE_USER)).policy().arn();

        iam.attachRolePolicy(r -> r.roleName("office-user").policyArn(arn));
        iam.attachRolePolicy(r -> r.roleName("office-user").policyArn(arn));

        ListAttachedRolePoliciesResponse attached = iam.listAttachedRolePolicies(r -> r.roleName("office-user"));
        assertThat(attached.attachedPolicies()).containsExactly(AttachedPolicy.builder().policyName("office-invoke").policyArn(arn).build());
        assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().attachmentCount()).isEqualTo(1);
        assertThatThrownBy(() -> iam.deletePolicy(r -> r.policyArn(arn)))
                .satisfies(awsError("DeleteConflict", 409, "Cannot delete a policy attached to entities."));

        iam.detachRolePolicy(r -> r.roleName("office-user").policyArn(arn));

        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("office-user")).attachedPolicies()).isEmpty();
        assertThatThrownBy(() -> iam.detachRolePolicy(r -> r.roleName("office-user").policyArn(arn)))
                .satisfies(awsError("NoSuchEntity", 404));
        iam.deletePolicy(r -> r.policyArn(arn));
        assertThatThrownBy(() -> iam.getPolicy(r -> r.policyArn(arn)))
                .satisfies(awsError("NoSuchEntity", 404, "Policy " + arn + " does not exist or is not attachable."));
    }

    @Test
    void attachingAPolicyThatDoesNotExistOrIsNoArnFails() {
        assertThatThrownBy(() -> iam.attachRolePolicy(r -> r.roleName("office-user")
                .policyArn("arn:aws:iam::aws:policy/AmazonCognitoUnauthenticatedIdentities")))
                .satisfies(awsError("NoSuchEntity", 404,
                        "Policy arn:aws:iam::aws:policy/AmazonCognitoUnauthenticatedIdentities does not exist or is not attachable."));
        assertThatThrownBy(() -> iam.attachRolePolicy(r -> r.roleName("office-user").policyArn("arn:aws:iam::000000000000:role/x")))
                .satisfies(awsError("InvalidInput", 400, "ARN arn:aws:iam::000000000000:role/x is not valid."));
        String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(INVOKE_USER)).policy().arn();
        assertThatThrownBy(() -> iam.attachRolePolicy(r -> r.roleName("ghost").policyArn(arn)))
                .satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
    }

    @Test
    void aRoleTakesAtMostTenManagedPolicies() {
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String name = "p" + i;
            arns.add(iam.createPolicy(r -> r.policyName(name).policyDocument(INVOKE_USER)).policy().arn());
        }
        for (int i = 0; i < 10; i++) {
            String arn = arns.get(i);
            iam.attachRolePolicy(r -> r.roleName("office-user").policyArn(arn));
        }

        assertThatThrownBy(() -> iam.attachRolePolicy(r -> r.roleName("office-user").policyArn(arns.get(10))))
                .satisfies(awsError("LimitExceeded", 409, "Cannot exceed quota for PoliciesPerRole: 10"));
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("office-user")).attachedPolicies()).hasSize(10);
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("office-user").pathPrefix("/nowhere/")).attachedPolicies()).isEmpty();
    }

    @Test
    void getPolicyOfAnUnknownArnIsNoSuchEntity() {
        assertThatThrownBy(() -> iam.getPolicy(r -> r.policyArn("arn:aws:iam::000000000000:policy/ghost")))
                .satisfies(awsError("NoSuchEntity", 404, "Policy arn:aws:iam::000000000000:policy/ghost does not exist or is not attachable."));
        assertThatThrownBy(() -> iam.deletePolicy(r -> r.policyArn("arn:aws:iam::000000000000:policy/ghost")))
                .satisfies(awsError("NoSuchEntity", 404));
    }

    private void put(String document) {
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("p").policyDocument(document));
    }

    /** A policy of {@code n} statements of about 170 characters each (whitespace not counted). */
    static String manyStatements(int n) {
        StringBuilder statements = new StringBuilder();
        for (int i = 0; i < n; i++) {
            statements.append(i == 0 ? "" : ",").append("{\"Sid\":\"S").append(i).append("\",\"Effect\":\"Allow\",")
                    .append("\"Action\":\"execute-api:Invoke\",\"Resource\":\"arn:aws:execute-api:us-east-1:000000000000:abcdefghij/")
                    .append("stage/GET/some/long/path/segment/").append(i).append("\"}");
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }
}
