package org.officeapi.emulator.protocol;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS's front-end wording for input that breaks the service model's constraints. */
class InputValidatorTest {

    private final InputValidator validator = new InputValidator(ServiceModel.load("cognito-idp"));

    @Test
    void aValidInputHasNoViolations() {
        assertThat(validator.violations("CreateGroupRequest", CreateGroupRequest.builder()
                .userPoolId("us-east-1_abc").groupName("Admin").precedence(0).build())).isNull();
    }

    @Test
    void missingMembersLengthsRangesAndPatternsAreEachReported() {
        String message = validator.violations("CreateGroupRequest", CreateGroupRequest.builder()
                .userPoolId("not a pool id").precedence(-1).build());

        assertThat(message).startsWith("3 validation errors detected: ")
                .contains("Value null at 'groupName' failed to satisfy constraint: Member must not be null")
                .contains("Value 'not a pool id' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: ")
                .contains("Value '-1' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0");
    }

    @Test
    void aListOfScalarsIsJudgedAsAWholeAsAwsWordsIt() {
        String message = validator.violations("CreateUserPoolClientRequest", CreateUserPoolClientRequest.builder()
                .userPoolId("us-east-1_abc").clientName("web").explicitAuthFlowsWithStrings("ALLOW_USER_SRP_AUTH", "ALLOW_EVERYTHING").build());

        assertThat(message).startsWith("1 validation error detected: Value '[ALLOW_USER_SRP_AUTH, ALLOW_EVERYTHING]' at 'explicitAuthFlows'"
                + " failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [")
                .endsWith("]]");
    }

    @Test
    void sensitiveValuesAreNeverEchoed() {
        String message = validator.violations("AdminCreateUserRequest", AdminCreateUserRequest.builder()
                .userPoolId("us-east-1_abc").username("rose").temporaryPassword("has spaces").build());

        assertThat(message).contains("Value at 'temporaryPassword' failed to satisfy constraint").doesNotContain("has spaces");
    }
}
