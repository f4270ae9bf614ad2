package org.officeapi.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.officeapi.calls.ApiAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** Calling the API and what it answers. */
public final class ApiCallSteps {

    private final Journeys journeys;
    private final ScenarioContext context;

    public ApiCallSteps(Journeys journeys, ScenarioContext context) {
        this.journeys = journeys;
        this.context = context;
    }

    @When("{user} calls {method} {path}")
    public void calls(String user, String method, String path) {
        journeys.call(method, path, journeys.properSignature(user));
    }

    /**
     * The status, and then the body when the call went through, or the error type API Gateway names in
     * {@code x-amzn-ErrorType} when it was refused: that is how the access matrix reads.
     */
    @Then("the API answers {int} with {string}")
    public void theApiAnswers(int status, String bodyOrErrorType) {
        ApiAnswer answer = context.lastAnswer();
        assertThat(answer.status()).as("status (body: %s)", answer.redactedBody()).isEqualTo(status);
        if (status < 400) {
            assertThat(answer.body()).isEqualTo(bodyOrErrorType);
        } else {
            assertThat(answer.errorType()).as("x-amzn-ErrorType").isEqualTo(bodyOrErrorType);
        }
    }

    @Then("the API saw the caller as {user}'s Cognito identity, acting as the role {role}")
    public void theApiSawTheCaller(String user, String role) {
        ApiAnswer answer = context.lastAnswer();
        String roleArn = context.stack().roleArn(role);
        String sub = (String) Jwt.claims(journeys.idToken(user)).getClaim("sub");
        assertThat(answer.header("X-Office-Caller-Arn")).isEqualTo("arn:aws:sts::" + context.stack().accountId() + ":assumed-role/"
                + roleArn.substring(roleArn.lastIndexOf('/') + 1) + "/CognitoIdentityCredentials");
        assertThat(answer.header("X-Office-Cognito-Identity-Id")).isEqualTo(context.credentials(user).identityId());
        assertThat(answer.header("X-Office-Cognito-Identity-Pool-Id")).isEqualTo(context.stack().identityPoolId());
        assertThat(answer.header("X-Office-Cognito-Authentication-Type")).isEqualTo("authenticated");
        assertThat(answer.header("X-Office-Cognito-Authentication-Provider"))
                .contains(context.stack().userPoolProviderName())
                .endsWith(":CognitoSignIn:" + sub);
    }

    /** AWS's denial names the caller's assumed role and the method ARN (its newer wording appends a reason). */
    @Then("the refusal says that {user}'s role may not invoke {method} {path}")
    public void theRefusalNamesTheRoleAndMethod(String user, String method, String path) {
        String callerArn;
        try (var sts = journeys.target().clients().stsAs(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
                .create(context.credentials(user).credentials()))) {
            callerArn = sts.getCallerIdentity().arn();
        }
        String stagePath = path.substring(path.indexOf('/', 1));
        assertThat(context.lastAnswer().errorMessage()).startsWith("User: " + callerArn
                + " is not authorized to perform: execute-api:Invoke on resource: " + context.stack().methodArn(method, stagePath));
    }

    @Then("the refusal says {string}")
    public void theRefusalSays(String message) {
        assertThat(context.lastAnswer().errorMessage()).isEqualTo(message);
    }

    @Then("the refusal starts with {string}")
    public void theRefusalStartsWith(String start) {
        assertThat(context.lastAnswer().errorMessage()).startsWith(start);
    }
}
