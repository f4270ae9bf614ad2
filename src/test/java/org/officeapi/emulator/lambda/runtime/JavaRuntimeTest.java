package org.officeapi.emulator.lambda.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.FixtureZips;
import org.officeapi.emulator.lambda.TestFunctions;
import org.officeapi.emulator.lambda.fixtures.BrokenHandlers;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;
import org.officeapi.emulator.lambda.fixtures.GarbageStreamHandler;
import org.officeapi.emulator.lambda.fixtures.IsolationProbe;
import org.officeapi.emulator.lambda.fixtures.MethodHandlers;
import org.officeapi.emulator.lambda.fixtures.SleepingHandler;
import org.officeapi.emulator.lambda.fixtures.StaticInitFails;
import org.officeapi.emulator.lambda.fixtures.ThrowingHandler;
import org.officeapi.emulator.lambda.model.LambdaFunction;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class JavaRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JavaRuntime runtime = new JavaRuntime(new AwsClock());

    @AfterEach
    void stop() {
        runtime.close();
    }

    private InvocationResult invoke(LambdaFunction fn, String event) {
        return runtime.invoke(fn, event.getBytes(StandardCharsets.UTF_8), Ids.uuid());
    }

    private static JsonNode json(InvocationResult result) throws Exception {
        return JSON.readTree(result.payload());
    }

    @Test
    void aRequestHandlerGetsTheEventAsItsInputTypeAndARealContext() throws Exception {
        LambdaFunction fn = TestFunctions.function(EchoHandler.class.getName(), FixtureZips.of(EchoHandler.class), 3);

        InvocationResult result = runtime.invoke(fn, "{\"a\":1,\"b\":[true]}".getBytes(StandardCharsets.UTF_8), "req-1");

        assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.SUCCESS);
        JsonNode out = json(result);
        assertThat(out.get("event")).isEqualTo(JSON.readTree("{\"a\":1,\"b\":[true]}"));
        assertThat(out.get("requestId").asText()).isEqualTo("req-1");
        assertThat(out.get("functionName").asText()).isEqualTo(fn.name());
        assertThat(out.get("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(out.get("invokedFunctionArn").asText()).isEqualTo(fn.arn());
        assertThat(out.get("memoryLimitInMB").asInt()).isEqualTo(256);
        assertThat(out.get("remainingTimeInMillis").asInt()).isBetween(1, 3000);
        assertThat(out.get("logGroupName").asText()).isEqualTo("/aws/lambda/" + fn.name());
        assertThat(out.get("logStreamName").asText()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
        assertThat(out.has("nothing")).as("null properties are left out, as the Java runtime's serializer does").isFalse();
    }

    @Test
    void theHandlerIsInstantiatedOnceAndStaysWarm() throws Exception {
        LambdaFunction fn = TestFunctions.function(EchoHandler.class.getName(), FixtureZips.of(EchoHandler.class), 3);

        assertThat(json(invoke(fn, "{}")).get("calls").asInt()).isEqualTo(1);
        assertThat(json(invoke(fn, "{}")).get("calls").asInt()).isEqualTo(2);
        assertThat(json(invoke(fn, "{}")).get("calls").asInt()).isEqualTo(3);
        assertThat(runtime.warmEnvironments(fn)).isEqualTo(1);
    }

    @Test
    void theLogTailHasTheInvocationLinesAndWhatTheFunctionLogged() {
        LambdaFunction fn = TestFunctions.function(EchoHandler.class.getName(), FixtureZips.of(EchoHandler.class), 3);

        String log = new String(Base64.getDecoder().decode(runtime.invoke(fn, "{}".getBytes(StandardCharsets.UTF_8), "req-7").logTail()),
                StandardCharsets.UTF_8);

        assertThat(log).startsWith("START RequestId: req-7 Version: $LATEST\n").contains("echo call 1\n")
                .contains("END RequestId: req-7\n").contains("REPORT RequestId: req-7\tDuration: ");
    }

    @Test
    void handlerClassesComeFromThePackageAloneAndSeeNothingOfTheEmbeddedAws() throws Exception {
        LambdaFunction fn = TestFunctions.function(IsolationProbe.class.getName(), FixtureZips.of(IsolationProbe.class), 3);
        new IsolationProbe();
        new IsolationProbe();

        JsonNode out = json(invoke(fn, "{}"));

        assertThat(out.get("loader").asText()).isEqualTo("lambda:" + fn.name());
        assertThat(out.get("emulatorVisible").asBoolean()).isFalse();
        assertThat(out.get("jacksonVisible").asBoolean()).isFalse();
        assertThat(out.get("sdkVisible").asBoolean()).isFalse();
        assertThat(out.get("eventsVisible").asBoolean()).as("the package's own lib/ jars are on its classpath").isTrue();
        assertThat(out.get("contextIsFromPackage").asBoolean()).as("the package's own aws-lambda-java-core").isTrue();
        assertThat(out.get("threadContextLoaderIsMine").asBoolean()).isTrue();
        assertThat(out.get("instances").asInt()).as("its statics are its own, not the test classpath's").isEqualTo(1);
    }

    @Test
    void withoutAwsLambdaJavaCoreInThePackageTheRuntimeProvidesItsInterfaces() throws Exception {
        byte[] zip = FixtureZips.create().withClass(IsolationProbe.class).entry("fixture.properties", "a=b".getBytes(StandardCharsets.UTF_8)).bytes();
        LambdaFunction fn = TestFunctions.function(IsolationProbe.class.getName(), zip, 3);

        InvocationResult result = invoke(fn, "{}");

        assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.SUCCESS);
        JsonNode out = json(result);
        assertThat(out.get("contextIsFromPackage").asBoolean()).isFalse();
        assertThat(out.get("contextInterfaceLoader").asText()).isEqualTo("lambda-runtime-api");
        assertThat(out.get("eventsVisible").asBoolean()).as("events are not part of the runtime").isFalse();
        assertThat(out.get("resource").asBoolean()).as("resources at the package root").isTrue();
    }

    @Test
    void aThrownExceptionIsReportedWithMessageTypeAndTheFunctionsOwnStackFrames() throws Exception {
        LambdaFunction fn = TestFunctions.function(ThrowingHandler.class.getName(), FixtureZips.of(ThrowingHandler.class), 3);

        InvocationResult result = invoke(fn, "{\"reason\":\"disk full\"}");

        assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.FUNCTION_ERROR);
        JsonNode error = json(result);
        assertThat(error.get("errorMessage").asText()).isEqualTo("boom: disk full");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        // fail, handleRequest(Map, Context), and the compiler's bridge handleRequest(Object, Context) the runtime calls
        assertThat(error.get("stackTrace")).hasSize(3);
        assertThat(error.get("stackTrace").get(0).asText()).startsWith(ThrowingHandler.class.getName() + ".fail(ThrowingHandler.java:");
        assertThat(error.get("stackTrace").get(1).asText()).startsWith(ThrowingHandler.class.getName() + ".handleRequest(ThrowingHandler.java:");
        assertThat(error.get("stackTrace").get(2).asText()).startsWith(ThrowingHandler.class.getName() + ".handleRequest(ThrowingHandler.java:");
        assertThat(runtime.warmEnvironments(fn)).as("an exception does not end the environment").isEqualTo(1);
    }

    @Test
    void aHandlerStillRunningAtTheTimeoutIsReportedAsTimedOutAndTheNextInvocationStartsCold() throws Exception {
        LambdaFunction fn = TestFunctions.function(SleepingHandler.class.getName(), FixtureZips.of(SleepingHandler.class), 1);

        InvocationResult result = invoke(fn, "{\"millis\":60000}");

        assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.TIMEOUT);
        JsonNode error = json(result);
        assertThat(error.get("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(error.get("errorMessage").asText()).endsWith(" Error: Task timed out after 1.00 seconds");
        assertThat(runtime.warmEnvironments(fn)).isZero();

        InvocationResult next = invoke(fn, "{\"millis\":1}");
        assertThat(next.outcome()).isEqualTo(InvocationResult.Outcome.SUCCESS);
        assertThat(new String(next.payload(), StandardCharsets.UTF_8)).isEqualTo("\"awake\"");
    }

    @Test
    void bytesThatAreNotJsonComeBackAsTheyAre() {
        LambdaFunction fn = TestFunctions.function(GarbageStreamHandler.class.getName(), FixtureZips.of(GarbageStreamHandler.class), 3);

        InvocationResult result = invoke(fn, "{}");

        assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.SUCCESS);
        assertThat(new String(result.payload(), StandardCharsets.UTF_8)).isEqualTo("this is {not json");
    }

    @Test
    void methodHandlersInEverySignatureTheRuntimeAccepts() {
        byte[] zip = FixtureZips.of(MethodHandlers.class);
        String cls = MethodHandlers.class.getName();

        assertThat(text(invoke(TestFunctions.function(cls + "::shout", zip, 3), "\"quiet\""))).isEqualTo("\"QUIET\"");
        assertThat(text(invoke(TestFunctions.function(cls + "::greet", zip, 3), "\"Ann\""))).isEqualTo("\"Hello Ann\"");
        assertThat(text(invoke(TestFunctions.function(cls + "::add", zip, 3), "{\"a\":1,\"b\":2}")))
                .as("the (event, Context) overload wins").isEqualTo("1003");
        assertThat(text(invoke(TestFunctions.function(cls + "::nothing", zip, 3), "{}"))).isEqualTo("null");
    }

    @Test
    void anEventTheInputTypeCannotTakeIsTheRuntimesJsonParsingError() throws Exception {
        LambdaFunction fn = TestFunctions.function(MethodHandlers.class.getName() + "::greet", FixtureZips.of(MethodHandlers.class), 3);

        JsonNode error = json(invoke(fn, "{\"name\":\"Ann\"}"));

        assertThat(error.get("errorMessage").asText()).isEqualTo("An error occurred during JSON parsing");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.RuntimeException");
        assertThat(error.get("stackTrace")).isEmpty();
    }

    @Test
    void aResponseLargerThanLambdasLimitIsAFunctionError() throws Exception {
        LambdaFunction fn = TestFunctions.function(MethodHandlers.class.getName() + "::flood", FixtureZips.of(MethodHandlers.class), 10);

        InvocationResult result = invoke(fn, "{}");

        assertThat(result.outcome()).isEqualTo(InvocationResult.Outcome.FUNCTION_ERROR);
        assertThat(json(result).get("errorType").asText()).isEqualTo("Function.ResponseSizeTooLarge");
    }

    @Test
    void handlerStringsTheRuntimeCannotFollowAreItsFaults() throws Exception {
        byte[] zip = FixtureZips.of(MethodHandlers.class, BrokenHandlers.class);

        assertThat(json(invoke(TestFunctions.function("no.such.Handler", zip, 3), "{}")))
                .isEqualTo(JSON.readTree("{\"errorMessage\":\"Class not found: no.such.Handler\",\"errorType\":\"java.lang.ClassNotFoundException\"}"));
        assertThat(json(invoke(TestFunctions.function("no.such.Handler::handle", zip, 3), "{}")).get("errorMessage").asText())
                .isEqualTo("Class not found: no.such.Handler");
        assertThat(json(invoke(TestFunctions.function("x.Y::", zip, 3), "{}")))
                .isEqualTo(JSON.readTree("{\"errorMessage\":\"Invalid handler: `x.Y::'\"}"));
        assertThat(json(invoke(TestFunctions.function(MethodHandlers.class.getName() + "::absent", zip, 3), "{}")).get("errorMessage").asText())
                .isEqualTo("No public method named absent with appropriate method signature found on class " + MethodHandlers.class.getName());
        assertThat(json(invoke(TestFunctions.function(BrokenHandlers.NotAHandler.class.getName(), zip, 3), "{}")).get("errorMessage").asText())
                .isEqualTo("Class does not implement an appropriate handler interface: " + BrokenHandlers.NotAHandler.class.getName());
        JsonNode noConstructor = json(invoke(TestFunctions.function(BrokenHandlers.NeedsArgument.class.getName(), zip, 3), "{}"));
        assertThat(noConstructor.get("errorMessage").asText())
                .isEqualTo("Class " + BrokenHandlers.NeedsArgument.class.getName() + " has no public zero-argument constructor");
        assertThat(noConstructor.get("errorType").asText()).isEqualTo("java.lang.Exception");
    }

    @Test
    void initErrorsAreReportedAndLeaveNoEnvironmentBehind() throws Exception {
        byte[] zip = FixtureZips.of(BrokenHandlers.class, StaticInitFails.class);
        LambdaFunction constructorThrows = TestFunctions.function(BrokenHandlers.ConstructorThrows.class.getName(), zip, 3);
        LambdaFunction staticInitFails = TestFunctions.function(StaticInitFails.class.getName(), zip, 3);

        InvocationResult first = invoke(constructorThrows, "\"x\"");
        assertThat(first.outcome()).isEqualTo(InvocationResult.Outcome.FUNCTION_ERROR);
        assertThat(json(first)).isEqualTo(JSON.readTree("{\"errorMessage\":\"no configuration\",\"errorType\":\"java.lang.IllegalArgumentException\"}"));
        assertThat(runtime.warmEnvironments(constructorThrows)).isZero();

        assertThat(json(invoke(staticInitFails, "\"x\""))).isEqualTo(JSON.readTree("{\"errorMessage\":\"Error loading class "
                + StaticInitFails.class.getName() + "\",\"errorType\":\"java.lang.ExceptionInInitializerError\"}"));
        assertThat(runtime.warmEnvironments(staticInitFails)).isZero();
    }

    @Test
    void aDiscardedFunctionKeepsNoWarmEnvironment() {
        LambdaFunction fn = TestFunctions.function(EchoHandler.class.getName(), FixtureZips.of(EchoHandler.class), 3);
        invoke(fn, "{}");

        runtime.discard(fn);

        assertThat(runtime.warmEnvironments(fn)).isZero();
    }

    private static String text(InvocationResult result) {
        return new String(result.payload(), StandardCharsets.UTF_8);
    }
}
