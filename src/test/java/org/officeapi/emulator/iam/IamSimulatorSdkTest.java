package org.officeapi.emulator.iam;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.Position;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;
import software.amazon.awssdk.services.iam.model.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.officeapi.emulator.AwsErrorAssertions.awsError;
import static org.officeapi.emulator.iam.IamRolesSdkTest.TRUST;

/** SimulatePrincipalPolicy for roles: decisions, the statements behind them, context entries and paging. */
class IamSimulatorSdkTest {

    private static final String ROLE_ARN = "arn:aws:iam::000000000000:role/office-user";
    private static final String USER_PATH = "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user";
    private static final String ADMIN_PATH = "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/admin";

    private static EmbeddedAws aws;
    private static IamClient iam;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        iam = SdkClients.client(IamClient.builder(), aws);
    }

    @AfterAll
    static void stop() {
        iam.close();
        aws.close();
    }

    @BeforeEach
    void role() {
        aws.reset();
        iam.createRole(r -> r.roleName("office-user").assumeRolePolicyDocument(TRUST));
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("invoke").policyDocument(IamPoliciesSdkTest.INVOKE_USER));
    }

    @Test
    void eachActionAndResourceGetsADecisionAndTheStatementsThatMadeIt() {
        SimulatePrincipalPolicyResponse response = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN)
                .actionNames("execute-api:Invoke", "execute-api:ManageConnections")
                .resourceArns(USER_PATH, ADMIN_PATH));

        List<EvaluationResult> results = response.evaluationResults();
        assertThat(results).extracting(EvaluationResult::evalActionName, EvaluationResult::evalResourceName, EvaluationResult::evalDecision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("execute-api:Invoke", USER_PATH, PolicyEvaluationDecisionType.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple("execute-api:Invoke", ADMIN_PATH, PolicyEvaluationDecisionType.IMPLICIT_DENY),
                        org.assertj.core.groups.Tuple.tuple("execute-api:ManageConnections", USER_PATH, PolicyEvaluationDecisionType.IMPLICIT_DENY),
                        org.assertj.core.groups.Tuple.tuple("execute-api:ManageConnections", ADMIN_PATH, PolicyEvaluationDecisionType.IMPLICIT_DENY));
        Statement matched = results.get(0).matchedStatements().get(0);
        assertThat(matched.sourcePolicyId()).isEqualTo("invoke");
        assertThat(matched.sourcePolicyTypeAsString()).isEqualTo("role");
        // the statement's braces in INVOKE_USER: "{" on line 4 column 5, "}" on line 9 column 5; positions are just after each
        assertThat(matched.startPosition()).isEqualTo(Position.builder().line(4).column(6).build());
        assertThat(matched.endPosition()).isEqualTo(Position.builder().line(9).column(6).build());
        assertThat(results.get(1).matchedStatements()).isEmpty();
        assertThat(results.get(0).resourceSpecificResults()).singleElement()
                .satisfies(r -> assertThat(r.evalResourceDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED));
        assertThat(response.isTruncated()).isFalse();
    }

    @Test
    void anExplicitDenyInAnAttachedPolicyWins() {
        String deny = iam.createPolicy(r -> r.policyName("no-user").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"NoUser\",\"Effect\":\"Deny\",\"Action\":\"execute-api:*\","
                        + "\"Resource\":\"*\"}}")).policy().arn();
        iam.attachRolePolicy(r -> r.roleName("office-user").policyArn(deny));

        EvaluationResult result = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN)
                .actionNames("execute-api:Invoke").resourceArns(USER_PATH)).evaluationResults().get(0);

        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
        assertThat(result.matchedStatements()).extracting(Statement::sourcePolicyId, Statement::sourcePolicyTypeAsString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no-user", "user-managed"));
    }

    @Test
    void contextEntriesFeedConditionsAndMissingKeysAreReported() {
        iam.putRolePolicy(r -> r.roleName("office-user").policyName("from-office").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                        + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}}"));

        EvaluationResult without = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN).actionNames("s3:GetObject"))
                .evaluationResults().get(0);
        EvaluationResult inside = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN).actionNames("s3:GetObject")
                .contextEntries(ContextEntry.builder().contextKeyName("aws:SourceIp").contextKeyType(ContextKeyTypeEnum.IP)
                        .contextKeyValues("203.0.113.9").build())).evaluationResults().get(0);
        EvaluationResult outside = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN).actionNames("s3:GetObject")
                .contextEntries(ContextEntry.builder().contextKeyName("aws:sourceip").contextKeyType(ContextKeyTypeEnum.IP)
                        .contextKeyValues("198.51.100.1").build())).evaluationResults().get(0);

        assertThat(without.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
        assertThat(without.evalResourceName()).isEqualTo("*");
        assertThat(without.missingContextValues()).containsExactly("aws:SourceIp");
        assertThat(inside.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(inside.missingContextValues()).isEmpty();
        assertThat(outside.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
    }

    @Test
    void policyInputListIsEvaluatedWithTheRolesPolicies() {
        EvaluationResult result = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN).actionNames("execute-api:Invoke")
                .resourceArns(ADMIN_PATH).policyInputList("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\"}}")).evaluationResults().get(0);

        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(result.matchedStatements()).extracting(Statement::sourcePolicyId).containsExactly("PolicyInputList.1");
    }

    @Test
    void resultsArePaged() {
        SimulatePrincipalPolicyResponse first = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN)
                .actionNames("a:One", "a:Two", "a:Three").maxItems(2));
        SimulatePrincipalPolicyResponse rest = iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN)
                .actionNames("a:One", "a:Two", "a:Three").maxItems(2).marker(first.marker()));

        assertThat(first.isTruncated()).isTrue();
        assertThat(first.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("a:One", "a:Two");
        assertThat(rest.isTruncated()).isFalse();
        assertThat(rest.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("a:Three");
    }

    @Test
    void principalsThatDoNotExistAreNoSuchEntity() {
        assertThatThrownBy(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn("arn:aws:iam::000000000000:role/ghost")
                .actionNames("s3:GetObject"))).satisfies(awsError("NoSuchEntity", 404, "The role with name ghost cannot be found."));
        assertThatThrownBy(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn("arn:aws:iam::000000000000:user/alejandro")
                .actionNames("s3:GetObject"))).satisfies(awsError("NoSuchEntity", 404, "The user with name alejandro cannot be found."));
        assertThatThrownBy(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn("not-an-arn-at-all-really")
                .actionNames("s3:GetObject"))).satisfies(awsError("InvalidInput", 400, "ARN not-an-arn-at-all-really is not valid."));
    }

    @Test
    void aContextEntryWithoutAKeyNameIsRefused() {
        assertThatThrownBy(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN).actionNames("s3:GetObject")
                .contextEntries(ContextEntry.builder().contextKeyValues("x").build())))
                .satisfies(awsError("InvalidInput", 400));
    }

    @Test
    void parametersItDoesNotSimulateAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(ROLE_ARN).actionNames("s3:GetObject")
                .resourcePolicy("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}}")))
                .satisfies(awsError("InvalidInput", 400));
    }
}
