package org.officeapi.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.lambda.model.PermissionStatement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResourcePolicyEvaluatorTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:office";
    private static final String SOURCE = "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user";
    private static final String APIGATEWAY = "apigateway.amazonaws.com";

    private static PermissionStatement statement(String principal, String action, String sourceArn, String sourceAccount) {
        return new PermissionStatement("sid", LambdaPermissions.principal(principal), action, FUNCTION, sourceArn, sourceAccount,
                null, null, null);
    }

    private static boolean allows(PermissionStatement... statements) {
        return ResourcePolicyEvaluator.allowsService(List.of(statements), APIGATEWAY, SOURCE);
    }

    @Test
    void noStatementNoInvocation() {
        assertThat(allows()).isFalse();
    }

    @Test
    void theServicePrincipalWithoutConditionsMayInvoke() {
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", null, null))).isTrue();
    }

    @Test
    void anotherServiceOrAnAccountIsNotTheCaller() {
        assertThat(allows(statement("s3.amazonaws.com", "lambda:InvokeFunction", null, null))).isFalse();
        assertThat(allows(statement("000000000000", "lambda:InvokeFunction", null, null))).isFalse();
    }

    @Test
    void anyonePrincipalIncludesTheService() {
        assertThat(allows(statement("*", "lambda:InvokeFunction", null, null))).isTrue();
    }

    @Test
    void theActionMustCoverInvokeFunctionCaseInsensitively() {
        assertThat(allows(statement(APIGATEWAY, "lambda:GetFunction", null, null))).isFalse();
        assertThat(allows(statement(APIGATEWAY, "lambda:*", null, null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "*", null, null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:invokefunction", null, null))).isTrue();
    }

    @Test
    void sourceArnIsMatchedArnLikeWithWildcards() {
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", SOURCE, null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/user", null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:abc123/*", null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:*:000000000000:abc123/*/*/*", null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:abc12?/api/GET/user", null))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/admin", null))).isFalse();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:other/*", null))).isFalse();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:111111111111:abc123/*", null))).isFalse();
    }

    @Test
    void arnLikeMatchesEachOfTheSixPartsOnItsOwn() {
        assertThat(ResourcePolicyEvaluator.arnLike("arn:aws:execute-api:*", SOURCE))
                .as("a pattern of four parts is not an ARN pattern").isFalse();
        assertThat(ResourcePolicyEvaluator.arnLike("arn:aws:execute-api:*:*:*", SOURCE)).isTrue();
        assertThat(ResourcePolicyEvaluator.arnLike("arn:aws:execute-api:us-east-1:000000000000:ABC123/*", SOURCE))
                .as("case-sensitive").isFalse();
    }

    @Test
    void globWildcards() {
        assertThat(ResourcePolicyEvaluator.glob("*", "")).isTrue();
        assertThat(ResourcePolicyEvaluator.glob("a*c", "abbbc")).isTrue();
        assertThat(ResourcePolicyEvaluator.glob("a*c", "abbb")).isFalse();
        assertThat(ResourcePolicyEvaluator.glob("a?c", "abc")).isTrue();
        assertThat(ResourcePolicyEvaluator.glob("a?c", "ac")).isFalse();
        assertThat(ResourcePolicyEvaluator.glob("*/GET/*", "abc/api/GET/user")).isTrue();
    }

    @Test
    void sourceAccountMustBeTheSourcesAccount() {
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", null, "000000000000"))).isTrue();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", null, "111111111111"))).isFalse();
        assertThat(allows(statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:abc123/*", "000000000000"))).isTrue();
    }

    @Test
    void conditionsAServiceCannotMeetMakeTheStatementNotApply() {
        PermissionStatement orgOnly = new PermissionStatement("sid", LambdaPermissions.principal(APIGATEWAY), "lambda:InvokeFunction",
                FUNCTION, null, null, "o-abcdefghij", null, null);
        assertThat(allows(orgOnly)).isFalse();
    }

    @Test
    void oneApplyingStatementIsEnough() {
        assertThat(allows(statement("s3.amazonaws.com", "lambda:InvokeFunction", null, null),
                statement(APIGATEWAY, "lambda:InvokeFunction", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/user", null))).isTrue();
    }
}
