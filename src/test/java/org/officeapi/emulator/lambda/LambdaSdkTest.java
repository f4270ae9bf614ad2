package org.officeapi.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;
import org.officeapi.emulator.lambda.fixtures.GarbageStreamHandler;
import org.officeapi.emulator.lambda.fixtures.SleepingHandler;
import org.officeapi.emulator.lambda.fixtures.ThrowingHandler;
import org.officeapi.lambda.CallerHeaders;
import org.officeapi.lambda.OfficeApiHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AddPermissionResponse;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.State;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every Lambda operation and failure, driven through the real SDK client against the embedded AWS. */
class LambdaSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A real execution role trusting Lambda, created with the embedded AWS. */
    private static String executionRole;
    private static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static EmbeddedAws aws;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        lambda = SdkClients.client(LambdaClient.builder(), aws);
        executionRole = ExecutionRoleFixtures.lambdaRole(aws, "lambda-role");
    }

    @AfterAll
    static void stop() {
        lambda.close();
        aws.close();
    }

    private static String uniqueName() {
        return "fn-" + NAMES.incrementAndGet();
    }

    private static CreateFunctionResponse create(String name, Class<?> handlerClass, String handler, int timeout) {
        return lambda.createFunction(r -> r.functionName(name).runtime("java17").role(executionRole).handler(handler).timeout(timeout)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureZips.of(handlerClass)))));
    }

    private static String create(Class<?> handlerClass) {
        String name = uniqueName();
        create(name, handlerClass, handlerClass.getName(), 3);
        return name;
    }

    private static void assertError(Runnable call, String code, int status, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LambdaException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(status);
            if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            }
        });
    }

    private static void createFails(Consumer<CreateFunctionRequest.Builder> request, String code, String message) {
        CreateFunctionRequest.Builder builder = CreateFunctionRequest.builder().functionName(uniqueName()).runtime("java17").role(executionRole)
                .handler(EchoHandler.class.getName()).code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureZips.of(EchoHandler.class))));
        request.accept(builder);
        assertError(() -> lambda.createFunction(builder.build()), code, 400, message);
    }

    // --- CreateFunction

    @Test
    void createFunctionDescribesTheNewFunction() throws Exception {
        String name = uniqueName();
        byte[] zip = FixtureZips.of(EchoHandler.class);

        CreateFunctionResponse created = lambda.createFunction(r -> r.functionName(name).runtime("java21").role(executionRole)
                .handler(EchoHandler.class.getName()).description("echo").code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionName()).isEqualTo(name);
        assertThat(created.functionArn()).isEqualTo(ARN_PREFIX + name);
        assertThat(created.runtimeAsString()).isEqualTo("java21");
        assertThat(created.role()).isEqualTo(executionRole);
        assertThat(created.handler()).isEqualTo(EchoHandler.class.getName());
        assertThat(created.description()).isEqualTo("echo");
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.memorySize()).isEqualTo(128);
        assertThat(created.codeSize()).isEqualTo(zip.length);
        assertThat(created.codeSha256()).isEqualTo(Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(zip)));
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.state()).isEqualTo(State.ACTIVE);
        assertThat(created.lastUpdateStatusAsString()).isEqualTo("Successful");
        assertThat(created.packageTypeAsString()).isEqualTo("Zip");
        assertThat(created.revisionId()).isNotBlank();
        assertThat(created.lastModified()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
    }

    @Test
    void aSecondFunctionOfTheSameNameConflicts() {
        String name = create(EchoHandler.class);

        assertError(() -> create(name, EchoHandler.class, EchoHandler.class.getName(), 3), "ResourceConflictException", 409,
                "Function already exist: " + name);
    }

    @Test
    void createFunctionRefusesWhatLambdaRefuses() {
        createFails(r -> r.runtime("python3.12"), "InvalidParameterValueException",
                "Value python3.12 at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [java17, java21] or be a valid ARN");
        createFails(r -> r.runtime("cobol"), "ValidationException", null);
        createFails(r -> r.role("lambda-role"), "ValidationException", null);
        createFails(r -> r.role(null), "ValidationException",
                "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must not be null");
        createFails(r -> r.timeout(0), "ValidationException", null);
        createFails(r -> r.timeout(901), "InvalidParameterValueException", null);
        createFails(r -> r.memorySize(64), "ValidationException", null);
        createFails(r -> r.handler(null), "InvalidParameterValueException",
                "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        createFails(r -> r.code(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip"))), "InvalidParameterValueException",
                "Could not unzip uploaded file. Please check your file, then try to upload again.");
        createFails(r -> r.functionName("x".repeat(65)), "InvalidParameterValueException", null);
        createFails(r -> r.functionName("bad name"), "ValidationException", null);
    }

    @Test
    void aFailedCreateLeavesNoFunction() {
        String name = uniqueName();
        assertError(() -> lambda.createFunction(r -> r.functionName(name).runtime("nodejs20.x").role(executionRole).handler("index.handler")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureZips.of(EchoHandler.class))))), "InvalidParameterValueException", 400, null);

        assertError(() -> lambda.getFunction(r -> r.functionName(name)), "ResourceNotFoundException", 404, null);
    }

    // --- GetFunction, GetFunctionConfiguration, ListFunctions, DeleteFunction

    @Test
    void getFunctionGivesConfigurationTagsAndALinkToTheCode() throws Exception {
        String name = uniqueName();
        byte[] zip = FixtureZips.of(EchoHandler.class);
        lambda.createFunction(r -> r.functionName(name).runtime("java17").role(executionRole).handler(EchoHandler.class.getName())
                .tags(java.util.Map.of("team", "office")).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));

        GetFunctionResponse function = lambda.getFunction(r -> r.functionName(name));

        assertThat(function.configuration().functionArn()).isEqualTo(ARN_PREFIX + name);
        assertThat(function.configuration().state()).isEqualTo(State.ACTIVE);
        assertThat(function.tags()).containsEntry("team", "office");
        assertThat(function.code().repositoryType()).isEqualTo("S3");
        assertThat(function.code().location()).startsWith(aws.endpoint() + "/_aws/lambda-code/");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(function.code().location())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(zip);
        HttpResponse<String> forged = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_aws/lambda-code/guess")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aFunctionIsFoundByNamePartialArnAndArn() {
        String name = create(EchoHandler.class);

        assertThat(lambda.getFunction(r -> r.functionName("000000000000:function:" + name)).configuration().functionName()).isEqualTo(name);
        assertThat(lambda.getFunction(r -> r.functionName(ARN_PREFIX + name)).configuration().functionName()).isEqualTo(name);
        assertThat(lambda.getFunctionConfiguration(r -> r.functionName(name + ":$LATEST")).functionArn()).isEqualTo(ARN_PREFIX + name);
    }

    @Test
    void anUnknownFunctionOrVersionIsNotFound() {
        assertError(() -> lambda.getFunction(r -> r.functionName("nope")), "ResourceNotFoundException", 404,
                "Function not found: " + ARN_PREFIX + "nope");
        assertError(() -> lambda.getFunctionConfiguration(r -> r.functionName("nope")), "ResourceNotFoundException", 404,
                "Function not found: " + ARN_PREFIX + "nope");
        String name = create(EchoHandler.class);
        assertError(() -> lambda.getFunction(r -> r.functionName(name).qualifier("1")), "ResourceNotFoundException", 404,
                "Function not found: " + ARN_PREFIX + name + ":1");
        assertError(() -> lambda.getFunction(r -> r.functionName("arn:aws:lambda:eu-west-1:000000000000:function:" + name)),
                "ResourceNotFoundException", 404, "Functions from 'eu-west-1' are not reachable in this region ('us-east-1')");
    }

    @Test
    void getFunctionConfigurationIsTheConfigurationAlone() {
        String name = create(EchoHandler.class);

        assertThat(lambda.getFunctionConfiguration(r -> r.functionName(name)).lastUpdateStatusAsString()).isEqualTo("Successful");
    }

    @Test
    void listFunctionsPagesThroughEveryFunction() {
        try (EmbeddedAws own = EmbeddedAws.start(); LambdaClient client = SdkClients.client(LambdaClient.builder(), own)) {
            String role = ExecutionRoleFixtures.lambdaRole(own, "lambda-role");
            for (String name : new String[]{"c", "a", "b"}) {
                client.createFunction(r -> r.functionName(name).runtime("java17").role(role).handler("x.Y")
                        .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureZips.of(EchoHandler.class)))));
            }

            ListFunctionsResponse first = client.listFunctions(r -> r.maxItems(2));
            assertThat(first.functions()).extracting(FunctionConfiguration::functionName).containsExactly("a", "b");
            assertThat(first.nextMarker()).isNotBlank();
            assertThat(first.functions().get(0).state()).as("ListFunctions leaves out State").isNull();

            ListFunctionsResponse second = client.listFunctions(r -> r.maxItems(2).marker(first.nextMarker()));
            assertThat(second.functions()).extracting(FunctionConfiguration::functionName).containsExactly("c");
            assertThat(second.nextMarker()).isNull();

            assertThat(client.listFunctionsPaginator(r -> r.maxItems(1)).functions()).hasSize(3);
            assertThat(client.listFunctions().functions()).hasSize(3);
        }
    }

    @Test
    void deleteFunctionRemovesItWith204() {
        String name = create(EchoHandler.class);

        assertThat(lambda.deleteFunction(r -> r.functionName(name)).sdkHttpResponse().statusCode()).isEqualTo(204);

        assertError(() -> lambda.getFunction(r -> r.functionName(name)), "ResourceNotFoundException", 404, null);
        assertError(() -> lambda.deleteFunction(r -> r.functionName(name)), "ResourceNotFoundException", 404,
                "Function not found: " + ARN_PREFIX + name);
        assertError(() -> lambda.invoke(r -> r.functionName(name)), "ResourceNotFoundException", 404, null);
    }

    @Test
    void aDeletedNameCanBeCreatedAgainWithNewCode() {
        String name = uniqueName();
        create(name, EchoHandler.class, EchoHandler.class.getName(), 3);
        lambda.invoke(r -> r.functionName(name));
        lambda.deleteFunction(r -> r.functionName(name));
        create(name, ThrowingHandler.class, ThrowingHandler.class.getName(), 3);

        assertThat(lambda.invoke(r -> r.functionName(name)).functionError()).isEqualTo("Unhandled");
    }

    // --- AddPermission, GetPolicy, RemovePermission

    @Test
    void addPermissionReturnsTheStatementAsAwsWritesIt() throws Exception {
        String name = create(EchoHandler.class);

        AddPermissionResponse added = lambda.addPermission(r -> r.functionName(name).statementId("apigw").action("lambda:InvokeFunction")
                .principal("apigateway.amazonaws.com").sourceArn("arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/user")
                .sourceAccount("000000000000"));

        assertThat(added.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(added.statement())).isEqualTo(JSON.readTree("{\"Sid\":\"apigw\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"apigateway.amazonaws.com\"},\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + ARN_PREFIX + name
                + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceAccount\":\"000000000000\"},"
                + "\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/user\"}}}"));
    }

    @Test
    void anAccountPrincipalBecomesItsRoot() throws Exception {
        String name = create(EchoHandler.class);

        AddPermissionResponse added = lambda.addPermission(r -> r.functionName(name).statementId("xaccount").action("lambda:InvokeFunction")
                .principal("111111111111"));

        assertThat(JSON.readTree(added.statement()).get("Principal")).isEqualTo(JSON.readTree("{\"AWS\":\"arn:aws:iam::111111111111:root\"}"));
    }

    @Test
    void addPermissionRefusesDuplicatesAndNonsense() {
        String name = create(EchoHandler.class);
        lambda.addPermission(r -> r.functionName(name).statementId("s1").action("lambda:InvokeFunction").principal("s3.amazonaws.com"));

        assertError(() -> lambda.addPermission(r -> r.functionName(name).statementId("s1").action("lambda:InvokeFunction")
                .principal("sns.amazonaws.com")), "ResourceConflictException", 409,
                "The statement id (s1) provided already exists. Please provide a new statement id, or remove the existing statement.");
        assertError(() -> lambda.addPermission(r -> r.functionName(name).statementId("s2").action("lambda:InvokeFunction")
                .principal("someone")), "InvalidParameterValueException", 400,
                "The provided principal was invalid. Please check the principal and try again.");
        assertError(() -> lambda.addPermission(r -> r.functionName(name).statementId("s3").action("invoke")
                .principal("s3.amazonaws.com")), "ValidationException", 400, null);
        assertError(() -> lambda.addPermission(r -> r.functionName(name).statementId("s4").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com").revisionId("stale")), "PreconditionFailedException", 412, null);
        assertError(() -> lambda.addPermission(r -> r.functionName("nope").statementId("s5").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com")), "ResourceNotFoundException", 404, "Function not found: " + ARN_PREFIX + "nope");
    }

    @Test
    void getPolicyShowsEveryStatementUntilTheyAreRemoved() throws Exception {
        String name = create(EchoHandler.class);
        assertError(() -> lambda.getPolicy(r -> r.functionName(name)), "ResourceNotFoundException", 404,
                "No policy is associated with the given resource.");

        lambda.addPermission(r -> r.functionName(name).statementId("one").action("lambda:InvokeFunction").principal("apigateway.amazonaws.com"));
        lambda.addPermission(r -> r.functionName(name).statementId("two").action("lambda:GetFunction").principal("*"));
        GetPolicyResponse policy = lambda.getPolicy(r -> r.functionName(name));

        JsonNode document = JSON.readTree(policy.policy());
        assertThat(document.get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(document.get("Id").asText()).isEqualTo("default");
        assertThat(document.get("Statement")).hasSize(2);
        assertThat(document.get("Statement").get(1).get("Principal").asText()).isEqualTo("*");
        assertThat(policy.revisionId()).isEqualTo(lambda.getFunction(r -> r.functionName(name)).configuration().revisionId());

        assertThat(lambda.removePermission(r -> r.functionName(name).statementId("one")).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(lambda.getPolicy(r -> r.functionName(name)).policy()).get("Statement")).hasSize(1);
        assertError(() -> lambda.removePermission(r -> r.functionName(name).statementId("one")), "ResourceNotFoundException", 404,
                "Statement one is not found in resource policy.");
        lambda.removePermission(r -> r.functionName(name).statementId("two"));
        assertError(() -> lambda.getPolicy(r -> r.functionName(name)), "ResourceNotFoundException", 404,
                "No policy is associated with the given resource.");
        assertError(() -> lambda.removePermission(r -> r.functionName(name).statementId("two")), "ResourceNotFoundException", 404,
                "No policy is associated with the given resource.");
    }

    // --- Invoke

    @Test
    void invokeReturnsWhatTheHandlerReturns() throws Exception {
        String name = create(EchoHandler.class);

        InvokeResponse response = lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{\"greeting\":\"hi\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        JsonNode out = JSON.readTree(response.payload().asUtf8String());
        assertThat(out.get("event").get("greeting").asText()).isEqualTo("hi");
        assertThat(out.get("functionName").asText()).isEqualTo(name);
        assertThat(out.get("requestId").asText()).isEqualTo(response.responseMetadata().requestId());
    }

    @Test
    void anInvocationWithoutPayloadGetsAnEmptyObject() throws Exception {
        String name = create(EchoHandler.class);

        InvokeResponse response = lambda.invoke(r -> r.functionName(name));

        assertThat(JSON.readTree(response.payload().asUtf8String()).get("event")).isEqualTo(JSON.readTree("{}"));
    }

    @Test
    void aHandlerThatThrowsIsAnUnhandledFunctionErrorWith200() throws Exception {
        String name = create(ThrowingHandler.class);

        InvokeResponse response = lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{\"reason\":\"test\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asUtf8String());
        assertThat(error.get("errorMessage").asText()).isEqualTo("boom: test");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("stackTrace").get(0).asText()).startsWith(ThrowingHandler.class.getName() + ".fail(");
    }

    @Test
    void aHandlerThatHangsPastItsTimeoutIsReportedAndTheServerKeepsServing() throws Exception {
        String name = uniqueName();
        create(name, SleepingHandler.class, SleepingHandler.class.getName(), 1);
        String echo = create(EchoHandler.class);

        CompletableFuture<InvokeResponse> hanging = CompletableFuture.supplyAsync(() ->
                lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{\"millis\":120000}"))));
        InvokeResponse meanwhile = lambda.invoke(r -> r.functionName(echo));
        InvokeResponse timedOut = hanging.get();

        assertThat(meanwhile.functionError()).isNull();
        assertThat(timedOut.statusCode()).isEqualTo(200);
        assertThat(timedOut.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(timedOut.payload().asUtf8String());
        assertThat(error.get("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(error.get("errorMessage").asText()).isEqualTo("RequestId: " + timedOut.responseMetadata().requestId()
                + " Error: Task timed out after 1.00 seconds");
        assertThat(lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{\"millis\":1}"))).payload().asUtf8String())
                .isEqualTo("\"awake\"");
        assertThat(lambda.listFunctions().functions()).isNotEmpty();
    }

    @Test
    void aHandlerThatAnswersGarbageHasItsBytesReturned() {
        String name = create(GarbageStreamHandler.class);

        InvokeResponse response = lambda.invoke(r -> r.functionName(name));

        assertThat(response.functionError()).isNull();
        assertThat(response.payload().asUtf8String()).isEqualTo("this is {not json");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedBeforeTheFunctionRuns() {
        String name = create(EchoHandler.class);

        assertThatThrownBy(() -> lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{not json"))))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequestContentException");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("Could not parse request body into json: Could not parse payload into json: ");
                });
    }

    @Test
    void dryRunAndEventInvocations() {
        String name = create(EchoHandler.class);

        assertThat(lambda.invoke(r -> r.functionName(name).invocationType(InvocationType.DRY_RUN)).statusCode()).isEqualTo(204);
        assertThat(lambda.invoke(r -> r.functionName(name).invocationType(InvocationType.EVENT)).statusCode()).isEqualTo(202);
        assertError(() -> lambda.invoke(r -> r.functionName("nope").invocationType(InvocationType.DRY_RUN)), "ResourceNotFoundException", 404, null);
    }

    @Test
    void logTypeTailReturnsTheEndOfTheLog() {
        String name = create(EchoHandler.class);

        InvokeResponse response = lambda.invoke(r -> r.functionName(name).logType(LogType.TAIL));

        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(log).contains("START RequestId: " + response.responseMetadata().requestId()).contains("echo call 1");
        assertThat(lambda.invoke(r -> r.functionName(name)).logResult()).isNull();
    }

    @Test
    void theOfficeApiHandlerAnswersAnApiGatewayProxyEvent() throws Exception {
        String name = uniqueName();
        byte[] zip = FixtureZips.of(OfficeApiHandler.class, CallerHeaders.class);
        lambda.createFunction(r -> r.functionName(name).runtime("java17").role(executionRole)
                .handler(OfficeApiHandler.class.getName() + "::handleRequest").code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
        String event = "{\"resource\":\"/user\",\"path\":\"/user\",\"httpMethod\":\"GET\",\"headers\":{\"Host\":\"abc.execute-api\"},"
                + "\"multiValueHeaders\":{\"Host\":[\"abc.execute-api\"]},\"queryStringParameters\":null,\"pathParameters\":null,"
                + "\"requestContext\":{\"resourcePath\":\"/user\",\"httpMethod\":\"GET\",\"path\":\"/api/user\",\"stage\":\"api\","
                + "\"requestTimeEpoch\":1700000000000,\"unknownField\":{\"x\":1},\"identity\":{"
                + "\"cognitoIdentityPoolId\":\"us-east-1:pool\",\"cognitoIdentityId\":\"us-east-1:id\",\"cognitoAuthenticationType\":\"authenticated\","
                + "\"userArn\":\"arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials\","
                + "\"accessKey\":\"ASIAEXAMPLE\"}},\"body\":null,\"isBase64Encoded\":false}";

        InvokeResponse response = lambda.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String(event)));

        assertThat(response.functionError()).isNull();
        JsonNode proxy = JSON.readTree(response.payload().asUtf8String());
        assertThat(proxy.get("statusCode").asInt()).isEqualTo(200);
        assertThat(proxy.get("body").asText()).isEqualTo("Hello user");
        assertThat(proxy.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(proxy.get("headers").get("X-Office-Caller-Arn").asText())
                .isEqualTo("arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials");
        assertThat(proxy.get("headers").get("X-Office-Cognito-Identity-Pool-Id").asText()).isEqualTo("us-east-1:pool");
        assertThat(proxy.has("multiValueHeaders")).as("null members are left out").isFalse();
    }
}
