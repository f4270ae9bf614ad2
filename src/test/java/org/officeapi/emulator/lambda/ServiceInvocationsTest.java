package org.officeapi.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;
import org.officeapi.emulator.lambda.fixtures.SleepingHandler;
import org.officeapi.emulator.lambda.fixtures.ThrowingHandler;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import org.officeapi.emulator.ports.FunctionInvocation;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.AddPermissionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.RemovePermissionRequest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The FunctionInvoker port, as API Gateway's proxy integration uses it. */
class ServiceInvocationsTest {

    private static final String APIGATEWAY = "apigateway.amazonaws.com";
    private static final String SOURCE = "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user";
    private static final CallContext ROOT = new CallContext("r", "000000000000", "us-east-1",
            Caller.root("000000000000", "test"), "127.0.0.1", "test", Instant.now());

    private final AwsClock clock = new AwsClock();
    private final LambdaStore store = new LambdaStore();
    private final JavaRuntime runtime = new JavaRuntime(clock);
    private final OneExecutionRole iam = new OneExecutionRole();
    private final LambdaFunctions functions = new LambdaFunctions(store, runtime,
            new CodeLinks(store, () -> URI.create("http://127.0.0.1:1"), clock), iam, iam);
    private final LambdaPermissions permissions = new LambdaPermissions(store);
    private final ServiceInvocations invoker = new ServiceInvocations(store, runtime);

    @AfterEach
    void stop() {
        runtime.close();
    }

    private String create(String name, Class<?> handler, int timeout) {
        return functions.createFunction(CreateFunctionRequest.builder().functionName(name).runtime("java17")
                .role(OneExecutionRole.ARN).handler(handler.getName()).timeout(timeout)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureZips.of(handler)))).build(), ROOT).functionArn();
    }

    private void allow(String function, String sid, String sourceArn) {
        permissions.addPermission(AddPermissionRequest.builder().functionName(function).statementId(sid)
                .action("lambda:InvokeFunction").principal(APIGATEWAY).sourceArn(sourceArn).build(), ROOT);
    }

    private static byte[] event() {
        return "{\"resource\":\"/user\"}".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFunctionWithoutPermissionIsDenied() {
        String arn = create("office", EchoHandler.class, 3);

        FunctionInvocation result = invoker.invokeAsService(arn, APIGATEWAY, SOURCE, event());

        assertThat(result.outcome()).isEqualTo(FunctionInvocation.Outcome.PERMISSION_DENIED);
        assertThat(result.payload()).isEmpty();
    }

    @Test
    void aPermissionForTheSourceLetsTheServiceInvoke() throws Exception {
        String arn = create("office", EchoHandler.class, 3);
        allow("office", "apigw", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/user");

        FunctionInvocation result = invoker.invokeAsService(arn, APIGATEWAY, SOURCE, event());

        assertThat(result.outcome()).isEqualTo(FunctionInvocation.Outcome.SUCCESS);
        assertThat(new ObjectMapper().readTree(result.payload()).get("event").get("resource").asText()).isEqualTo("/user");
    }

    @Test
    void aPermissionForAnotherSourceOrServiceDoesNot() {
        String arn = create("office", EchoHandler.class, 3);
        allow("office", "admin-only", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/admin");
        permissions.addPermission(AddPermissionRequest.builder().functionName("office").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com").build(), ROOT);

        assertThat(invoker.invokeAsService(arn, APIGATEWAY, SOURCE, event()).outcome()).isEqualTo(FunctionInvocation.Outcome.PERMISSION_DENIED);
        assertThat(invoker.invokeAsService(arn, APIGATEWAY, "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/admin", event())
                .outcome()).isEqualTo(FunctionInvocation.Outcome.SUCCESS);
    }

    @Test
    void aRemovedPermissionNoLongerAllows() {
        String arn = create("office", EchoHandler.class, 3);
        allow("office", "apigw", null);
        assertThat(invoker.invokeAsService(arn, APIGATEWAY, SOURCE, event()).outcome()).isEqualTo(FunctionInvocation.Outcome.SUCCESS);

        permissions.removePermission(RemovePermissionRequest.builder().functionName("office").statementId("apigw").build(), ROOT);

        assertThat(invoker.invokeAsService(arn, APIGATEWAY, SOURCE, event()).outcome()).isEqualTo(FunctionInvocation.Outcome.PERMISSION_DENIED);
    }

    @Test
    void anUnknownFunctionIsNotFound() {
        assertThat(invoker.invokeAsService("arn:aws:lambda:us-east-1:000000000000:function:ghost", APIGATEWAY, SOURCE, event()).outcome())
                .isEqualTo(FunctionInvocation.Outcome.NOT_FOUND);
        assertThat(invoker.invokeAsService("not an arn", APIGATEWAY, SOURCE, event()).outcome())
                .isEqualTo(FunctionInvocation.Outcome.NOT_FOUND);
        String arn = create("office", EchoHandler.class, 3);
        allow("office", "apigw", null);
        assertThat(invoker.invokeAsService(arn.replace("us-east-1", "eu-west-1"), APIGATEWAY, SOURCE, event()).outcome())
                .as("the same name in another region is another function").isEqualTo(FunctionInvocation.Outcome.NOT_FOUND);
        assertThat(invoker.invokeAsService(arn + ":7", APIGATEWAY, SOURCE, event()).outcome())
                .isEqualTo(FunctionInvocation.Outcome.NOT_FOUND);
    }

    @Test
    void functionErrorsAndTimeoutsAreReportedWithLambdasErrorJson() throws Exception {
        String failing = create("failing", ThrowingHandler.class, 3);
        String sleeping = create("sleeping", SleepingHandler.class, 1);
        allow("failing", "apigw", null);
        allow("sleeping", "apigw", null);

        FunctionInvocation error = invoker.invokeAsService(failing, APIGATEWAY, SOURCE, event());
        FunctionInvocation timeout = invoker.invokeAsService(sleeping, APIGATEWAY, SOURCE, event());

        assertThat(error.outcome()).isEqualTo(FunctionInvocation.Outcome.FUNCTION_ERROR);
        assertThat(new ObjectMapper().readTree(error.payload()).get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(timeout.outcome()).isEqualTo(FunctionInvocation.Outcome.TIMEOUT);
        assertThat(new ObjectMapper().readTree(timeout.payload()).get("errorType").asText()).isEqualTo("Sandbox.Timedout");
    }
}
