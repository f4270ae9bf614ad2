package org.officeapi.emulator.apigateway.invoke;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.ports.FunctionInvocation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step 5: the proxy response contract, and how each failed invocation is answered. */
class ProxyResponseMapperTest {

    @Test
    void statusHeadersAndBody() {
        HttpResponse response = map("{\"statusCode\": 200, \"headers\": {\"Content-Type\": \"text/plain\", \"X-N\": 7},"
                + " \"body\": \"Hello user\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.header("X-N")).isEqualTo("7");
        assertThat(response.bodyAsString()).isEqualTo("Hello user");
    }

    @Test
    void multiValueHeadersWinOverSingleOnes() {
        HttpResponse response = map("{\"statusCode\": 201, \"headers\": {\"set-cookie\": \"a=1\", \"X-One\": \"1\"},"
                + " \"multiValueHeaders\": {\"Set-Cookie\": [\"b=2\", \"c=3\"]}}");

        assertThat(response.headers()).filteredOn(h -> h.getKey().equalsIgnoreCase("set-cookie"))
                .extracting(Map.Entry::getValue).containsExactly("b=2", "c=3");
        assertThat(response.header("X-One")).isEqualTo("1");
        assertThat(response.header("Content-Type")).as("API Gateway's default").isEqualTo("application/json");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void base64BodiesAreDecoded() {
        HttpResponse response = map("{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"iVBORw==\","
                + " \"headers\": {\"Content-Type\": \"image/png\"}}");

        assertThat(response.body()).containsExactly((byte) 0x89, 'P', 'N', 'G');
    }

    @Test
    void headersApiGatewayOwnsAreRemapped() {
        HttpResponse response = map("{\"statusCode\": 200, \"headers\": {\"Content-Length\": \"999\", \"Date\": \"yesterday\"}, \"body\": \"x\"}");

        assertThat(response.header("Content-Length")).isNull();
        assertThat(response.header("x-amzn-Remapped-Content-Length")).isEqualTo("999");
        assertThat(response.header("x-amzn-Remapped-Date")).isEqualTo("yesterday");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[1, 2]",
            "\"a string\"",
            "{}",
            "{\"body\": \"no status\"}",
            "{\"statusCode\": \"abc\"}",
            "{\"statusCode\": 99}",
            "{\"statusCode\": 200, \"body\": {\"message\": \"an object\"}}",
            "{\"statusCode\": 200, \"body\": 42}",
            "{\"statusCode\": 200, \"headers\": [\"a\"]}",
            "{\"statusCode\": 200, \"headers\": {\"X\": {\"nested\": 1}}}",
            "{\"statusCode\": 200, \"multiValueHeaders\": {\"X\": \"not a list\"}}",
            "{\"statusCode\": 200, \"isBase64Encoded\": \"yes\"}",
            "{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"***\"}",
            "{\"statusCode\": 200, \"headers\": {\"X\": \"a\\r\\nInjected: 1\"}}",
            "{\"statusCode\": 200, \"headers\": {\"Bad Name\": \"x\"}}"
    })
    void malformedProxyResponsesAreA502(String payload) {
        assertThatThrownBy(() -> map(payload)).isInstanceOfSatisfying(GatewayResponseException.class, e ->
                assertThat(e.response()).isEqualTo(new GatewayResponse(502, "InternalServerErrorException", "message",
                        "Internal server error")));
    }

    @Test
    void aNumericStatusStringIsTaken() {
        assertThat(map("{\"statusCode\": \"404\"}").status()).isEqualTo(404);
    }

    @Test
    void eachFailedInvocationAsAwsAnswersIt() {
        assertThat(failure(FunctionInvocation.Outcome.FUNCTION_ERROR, "{\"errorMessage\":\"boom\"}"))
                .isEqualTo(new GatewayResponse(502, "InternalServerErrorException", "message", "Internal server error"));
        assertThat(failure(FunctionInvocation.Outcome.NOT_FOUND, ""))
                .isEqualTo(new GatewayResponse(500, "InternalServerErrorException", "message", "Internal server error"));
        assertThat(failure(FunctionInvocation.Outcome.PERMISSION_DENIED, ""))
                .isEqualTo(new GatewayResponse(500, "InternalServerErrorException", "message", "Internal server error"));
        assertThat(failure(FunctionInvocation.Outcome.TIMEOUT, ""))
                .isEqualTo(new GatewayResponse(504, "InternalServerErrorException", "message", "Endpoint request timed out"));
    }

    private static HttpResponse map(String payload) {
        return ProxyResponseMapper.map(new FunctionInvocation(FunctionInvocation.Outcome.SUCCESS,
                payload.getBytes(StandardCharsets.UTF_8), null));
    }

    private static GatewayResponse failure(FunctionInvocation.Outcome outcome, String payload) {
        try {
            ProxyResponseMapper.map(new FunctionInvocation(outcome, payload.getBytes(StandardCharsets.UTF_8), "detail"));
        } catch (GatewayResponseException e) {
            return e.response();
        }
        throw new AssertionError(outcome + " was answered as a success");
    }

}
