package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.apigateway.model.DeployedApi;
import org.officeapi.emulator.apigateway.model.LiveStage;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.apigateway.model.StageRecord;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.WebIdentity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Step 4a: the proxy event has every key AWS sends, filled as AWS fills them. */
class ProxyEventTest {

    static final Instant AT = Instant.parse("2026-11-27T09:05:07.123Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ResourceRecord USER = new ResourceRecord("r3s0ur", "rootid0000", "{id}", "/user/{id}",
            Map.of("GET", new MethodRecord("GET", "AWS_IAM", false, null, null)));
    static final LiveStage LIVE = new LiveStage("000000000000", "us-east-1", "abc123",
            new StageRecord("api", "dep123", null, AT, AT, Map.of("fn", "hello"), false, false),
            new DeployedApi("abc123", Map.of(USER.id(), USER), List.of("image/png")));
    static final RouteMatch ROUTE = new RouteMatch(USER, USER.methods().get("GET"), Map.of("id", "a%20b"));

    @Test
    void theTopLevelKeys() throws Exception {
        JsonNode event = event(request("GET", "/_aws/execute-api/abc123/api/user/a%20b", "q=1&q=2&x=%41%zz&flag", new byte[0],
                Map.of("Host", List.of("127.0.0.1:4566"), "Accept", List.of("text/plain", "application/json"))), TestCredentials.ROOT);

        assertThat(event.fieldNames()).toIterable().containsExactlyInAnyOrder("resource", "path", "httpMethod", "headers",
                "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters", "pathParameters", "stageVariables",
                "requestContext", "body", "isBase64Encoded");
        assertThat(event.get("resource").asText()).isEqualTo("/user/{id}");
        assertThat(event.get("path").asText()).isEqualTo("/user/a%20b");
        assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(event.get("headers").get("Accept").asText()).as("the last value").isEqualTo("application/json");
        assertThat(event.get("multiValueHeaders").get("Accept")).extracting(JsonNode::asText).containsExactly("text/plain", "application/json");
        assertThat(event.get("queryStringParameters").get("q").asText()).isEqualTo("2");
        assertThat(event.get("queryStringParameters").get("x").asText()).as("decoded, a bad escape kept").isEqualTo("A%zz");
        assertThat(event.get("queryStringParameters").get("flag").asText()).isEmpty();
        assertThat(event.get("multiValueQueryStringParameters").get("q")).extracting(JsonNode::asText).containsExactly("1", "2");
        assertThat(event.get("pathParameters").get("id").asText()).isEqualTo("a%20b");
        assertThat(event.get("stageVariables").get("fn").asText()).isEqualTo("hello");
        assertThat(event.get("body").isNull()).isTrue();
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void emptyMapsAreNull() throws Exception {
        LiveStage noVariables = new LiveStage("000000000000", "us-east-1", "abc123",
                new StageRecord("api", "dep123", null, AT, AT, Map.of(), false, false), LIVE.deployed());
        RouteMatch noParameters = new RouteMatch(USER, USER.methods().get("GET"), Map.of());
        HttpRequest request = request("GET", "/x", "", new byte[0], Map.of());
        JsonNode event = JSON.readTree(ProxyEvent.build(request, target(), noVariables, noParameters, null, ids()));

        for (String key : List.of("headers", "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters",
                "pathParameters", "stageVariables")) {
            assertThat(event.get(key).isNull()).as(key).isTrue();
        }
    }

    @Test
    void theRequestContext() throws Exception {
        JsonNode context = event(request("GET", "/_aws/execute-api/abc123/api/user/a%20b", "", new byte[0],
                Map.of("Host", List.of("127.0.0.1:4566"))), TestCredentials.ROOT).get("requestContext");

        assertThat(context.get("accountId").asText()).isEqualTo("000000000000");
        assertThat(context.get("apiId").asText()).isEqualTo("abc123");
        assertThat(context.get("domainName").asText()).isEqualTo("abc123.execute-api.us-east-1.amazonaws.com");
        assertThat(context.get("domainPrefix").asText()).isEqualTo("abc123");
        assertThat(context.get("extendedRequestId").asText()).isEqualTo("JbjTcEFroAMFXtA=");
        assertThat(context.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(context.get("path").asText()).as("the stage included").isEqualTo("/api/user/a%20b");
        assertThat(context.get("protocol").asText()).isEqualTo("HTTP/1.1");
        assertThat(context.get("requestId").asText()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        assertThat(context.get("requestTime").asText()).isEqualTo("27/Nov/2026:09:05:07 +0000");
        assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(AT.toEpochMilli());
        assertThat(context.get("resourceId").asText()).isEqualTo("r3s0ur");
        assertThat(context.get("resourcePath").asText()).isEqualTo("/user/{id}");
        assertThat(context.get("stage").asText()).isEqualTo("api");
        assertThat(context.get("deploymentId").asText()).isEqualTo("dep123");
    }

    @Test
    void theIdentityOfACognitoIdentityPoolSession() throws Exception {
        JsonNode identity = event(request("GET", "/x", "", new byte[0], Map.of("User-Agent", List.of("aws-sdk-java/2"))),
                TestCredentials.ROLE_SESSION).get("requestContext").get("identity");

        assertThat(identity.get("cognitoIdentityPoolId").asText()).isEqualTo("us-east-1:11111111-2222-3333-4444-555555555555");
        assertThat(identity.get("cognitoIdentityId").asText()).isEqualTo("us-east-1:99999999-8888-7777-6666-555555555555");
        assertThat(identity.get("cognitoAuthenticationType").asText()).isEqualTo("authenticated");
        assertThat(identity.get("cognitoAuthenticationProvider").asText()).isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_Example,"
                + "cognito-idp.us-east-1.amazonaws.com/us-east-1_Example:CognitoSignIn:0b1c2d3e-1111-2222-3333-444455556666");
        assertThat(identity.get("accessKey").asText()).isEqualTo(TestCredentials.SESSION_KEY);
        assertThat(identity.get("accountId").asText()).isEqualTo("000000000000");
        assertThat(identity.get("caller").asText()).isEqualTo("AROAEXAMPLEROLEID0001:CognitoIdentityCredentials");
        assertThat(identity.get("user").asText()).isEqualTo("AROAEXAMPLEROLEID0001:CognitoIdentityCredentials");
        assertThat(identity.get("userArn").asText()).isEqualTo(TestCredentials.ROLE_SESSION_ARN);
        assertThat(identity.get("sourceIp").asText()).isEqualTo("203.0.113.9");
        assertThat(identity.get("userAgent").asText()).isEqualTo("aws-sdk-java/2");
        assertThat(identity.get("principalOrgId").isNull()).isTrue();
        assertThat(identity.get("apiKey").isNull()).isTrue();
    }

    @Test
    void anUnauthenticatedIdentityHasNoProvider() {
        WebIdentity guest = new WebIdentity("cognito-identity.amazonaws.com", "pool", "id", List.of("unauthenticated"));
        Caller caller = new Caller(Caller.Kind.ASSUMED_ROLE, "000000000000", "arn", "AROA:s", "ASIA", "role", guest);
        JsonNode identity = JSON.valueToTree(ProxyEvent.identity(request("GET", "/x", "", new byte[0], Map.of()), caller));

        assertThat(identity.get("cognitoAuthenticationType").asText()).isEqualTo("unauthenticated");
        assertThat(identity.get("cognitoAuthenticationProvider").isNull()).isTrue();
    }

    @Test
    void aNoneMethodHasNoCallerButTheSourceIp() throws Exception {
        JsonNode identity = event(request("GET", "/x", "", new byte[0], Map.of()), null).get("requestContext").get("identity");

        for (String key : List.of("cognitoIdentityPoolId", "cognitoIdentityId", "cognitoAuthenticationType",
                "cognitoAuthenticationProvider", "accessKey", "accountId", "caller", "user", "userArn", "userAgent")) {
            assertThat(identity.get(key).isNull()).as(key).isTrue();
        }
        assertThat(identity.get("sourceIp").asText()).isEqualTo("203.0.113.9");
    }

    @Test
    void textBodiesAsTextBinaryMediaTypesAsBase64() throws Exception {
        JsonNode text = event(request("POST", "/x", "", "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", List.of("application/json"))), null);
        assertThat(text.get("body").asText()).isEqualTo("{\"a\":\"é\"}");
        assertThat(text.get("isBase64Encoded").asBoolean()).isFalse();

        JsonNode binary = event(request("POST", "/x", "", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                Map.of("Content-Type", List.of("image/png"))), null);
        assertThat(binary.get("body").asText()).isEqualTo("iVBORw==");
        assertThat(binary.get("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void theHostLayoutReportsTheHostItWasSentTo() throws Exception {
        HttpRequest request = request("GET", "/api/user/a%20b", "", new byte[0],
                Map.of("Host", List.of("abc123.execute-api.localhost.localstack.cloud:4566")));
        ExecuteApiRequest target = ExecuteApiParser.parse(request).orElseThrow();
        JsonNode context = JSON.readTree(ProxyEvent.build(request, target, LIVE, ROUTE, null, ids())).get("requestContext");

        assertThat(context.get("domainName").asText()).isEqualTo("abc123.execute-api.localhost.localstack.cloud");
        assertThat(context.get("domainPrefix").asText()).isEqualTo("abc123");
    }

    private static JsonNode event(HttpRequest request, Caller caller) throws Exception {
        return JSON.readTree(ProxyEvent.build(request, target(), LIVE, ROUTE, caller, ids()));
    }

    private static ExecuteApiRequest target() {
        return new ExecuteApiRequest(ExecuteApiRequest.Layout.AWS_PATH, "abc123", "api", "/user/a%20b", null);
    }

    private static ProxyEvent.Ids ids() {
        return new ProxyEvent.Ids("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", "JbjTcEFroAMFXtA=");
    }

    private static HttpRequest request(String method, String path, String query, byte[] body, Map<String, List<String>> headers) {
        return SignedRequests.unsigned(method, path, query, new LinkedHashMap<>(headers), body, AT);
    }
}
