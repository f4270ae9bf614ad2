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
        assertThat(answer.status()).as("status (body: %s)", answer.body()).isEqualTo(status);
        if (status < 400) {
            assertThat(answer.body()).isEqualTo(bodyOrErrorType);
        } else {
            assertThat(answer.errorType()).as("x-amzn-ErrorType").isEqualTo(bodyOrErrorType);
        }
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
