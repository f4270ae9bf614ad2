package org.officeapi.emulator.apigateway.invoke;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.apigateway.model.IntegrationRecord;
import org.officeapi.emulator.ports.FunctionInvocation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Step 4b: the function is called as API Gateway, for the request's ARN, within the integration's timeout. */
class ProxyIntegrationTest {

    static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:hello";
    static final String SOURCE = "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user";

    @Test
    void callsTheFunctionAsApiGatewayForTheSourceArn() {
        List<String> calls = new ArrayList<>();
        ProxyIntegration integration = new ProxyIntegration((function, principal, source, payload) -> {
            calls.add(function + " " + principal + " " + source + " " + new String(payload, StandardCharsets.UTF_8));
            return new FunctionInvocation(FunctionInvocation.Outcome.SUCCESS, "{}".getBytes(StandardCharsets.UTF_8), null);
        });

        FunctionInvocation result = integration.invoke(integration(29_000, "POST"), SOURCE, "{\"e\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.outcome()).isEqualTo(FunctionInvocation.Outcome.SUCCESS);
        assertThat(calls).containsExactly(FUNCTION + " apigateway.amazonaws.com " + SOURCE + " {\"e\":1}");
    }

    @Test
    void aFunctionSlowerThanTheIntegrationTimeoutIsATimeout() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ProxyIntegration integration = new ProxyIntegration((function, principal, source, payload) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return new FunctionInvocation(FunctionInvocation.Outcome.SUCCESS, new byte[0], null);
        });

        FunctionInvocation result = integration.invoke(integration(100, "POST"), SOURCE, new byte[0]);

        assertThat(result.outcome()).isEqualTo(FunctionInvocation.Outcome.TIMEOUT);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the abandoned call is interrupted").isTrue();
    }

    @Test
    void aLambdaIntegrationThatIsNotPostCannotReachTheFunction() {
        ProxyIntegration integration = new ProxyIntegration((function, principal, source, payload) -> {
            throw new AssertionError("must not be called");
        });

        assertThat(integration.invoke(integration(29_000, "GET"), SOURCE, new byte[0]).outcome())
                .isEqualTo(FunctionInvocation.Outcome.PERMISSION_DENIED);
    }

    @Test
    void anInvokerThatFailsIsAnIntegrationFailureNotACrash() {
        ProxyIntegration integration = new ProxyIntegration((function, principal, source, payload) -> {
            throw new IllegalStateException("boom");
        });

        assertThat(integration.invoke(integration(29_000, "POST"), SOURCE, new byte[0]).outcome())
                .isEqualTo(FunctionInvocation.Outcome.NOT_FOUND);
    }

    private static IntegrationRecord integration(int timeoutMillis, String httpMethod) {
        return new IntegrationRecord("AWS_PROXY", httpMethod, "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                + FUNCTION + "/invocations", FUNCTION, "WHEN_NO_MATCH", timeoutMillis, "res");
    }
}
