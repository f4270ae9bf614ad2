package org.officeapi.emulator.apigateway.invoke;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.HttpRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExecuteApiParserTest {

    @Test
    void theLocalStackLayout() {
        ExecuteApiRequest parsed = ExecuteApiParser.parse(request("/_aws/execute-api/abc123/api/user", "127.0.0.1:4566")).orElseThrow();

        assertThat(parsed.layout()).isEqualTo(ExecuteApiRequest.Layout.AWS_PATH);
        assertThat(parsed.apiId()).isEqualTo("abc123");
        assertThat(parsed.stage()).isEqualTo("api");
        assertThat(parsed.resourcePath()).isEqualTo("/user");
        assertThat(parsed.stagePath()).isEqualTo("/api/user");
        assertThat(parsed.domainName("eu-west-1")).isEqualTo("abc123.execute-api.eu-west-1.amazonaws.com");
    }

    @Test
    void theUserRequestLayout() {
        ExecuteApiRequest parsed = ExecuteApiParser.parse(request("/restapis/abc123/api/_user_request_/user/42", "localhost")).orElseThrow();

        assertThat(parsed.layout()).isEqualTo(ExecuteApiRequest.Layout.USER_REQUEST_PATH);
        assertThat(parsed.apiId()).isEqualTo("abc123");
        assertThat(parsed.stage()).isEqualTo("api");
        assertThat(parsed.resourcePath()).isEqualTo("/user/42");
    }

    @Test
    void theHostLayoutAsOnAws() {
        ExecuteApiRequest parsed = ExecuteApiParser.parse(request("/api/user", "ABC123.execute-api.us-east-1.amazonaws.com:443"))
                .orElseThrow();

        assertThat(parsed.layout()).isEqualTo(ExecuteApiRequest.Layout.HOST);
        assertThat(parsed.apiId()).isEqualTo("abc123");
        assertThat(parsed.stage()).isEqualTo("api");
        assertThat(parsed.resourcePath()).isEqualTo("/user");
        assertThat(parsed.domainName("us-east-1")).isEqualTo("abc123.execute-api.us-east-1.amazonaws.com");
    }

    @Test
    void theRootOfAStageIsSlash() {
        assertThat(ExecuteApiParser.parse(request("/_aws/execute-api/abc123/api", "h")).orElseThrow().resourcePath()).isEqualTo("/");
        assertThat(ExecuteApiParser.parse(request("/_aws/execute-api/abc123/api/", "h")).orElseThrow().resourcePath()).isEqualTo("/");
        assertThat(ExecuteApiParser.parse(request("/restapis/abc123/api/_user_request_", "h")).orElseThrow().resourcePath()).isEqualTo("/");
        ExecuteApiRequest root = ExecuteApiParser.parse(request("/api/", "abc123.execute-api.localhost")).orElseThrow();
        assertThat(root.resourcePath()).isEqualTo("/");
        assertThat(root.stagePath()).isEqualTo("/api/");
    }

    @Test
    void aMissingStageIsEmpty() {
        assertThat(ExecuteApiParser.parse(request("/_aws/execute-api/abc123", "h")).orElseThrow().stage()).isEmpty();
        assertThat(ExecuteApiParser.parse(request("/", "abc123.execute-api.localhost")).orElseThrow().stage()).isEmpty();
        assertThat(ExecuteApiParser.parse(request("/_aws/execute-api/", "h"))).isEmpty();
    }

    @Test
    void thePathStaysAsSent() {
        ExecuteApiRequest parsed = ExecuteApiParser.parse(request("/_aws/execute-api/abc123/api/a%20b/%zz", "h")).orElseThrow();

        assertThat(parsed.resourcePath()).isEqualTo("/a%20b/%zz");
    }

    @Test
    void recognisesOnlyItsLayouts() {
        assertThat(ExecuteApiParser.recognises().test(request("/_aws/execute-api/abc/api/x", "127.0.0.1"))).isTrue();
        assertThat(ExecuteApiParser.recognises().test(request("/restapis/abc/api/_user_request_/x", "127.0.0.1"))).isTrue();
        assertThat(ExecuteApiParser.recognises().test(request("/x", "abc.execute-api.us-east-1.amazonaws.com"))).isTrue();
        assertThat(ExecuteApiParser.recognises().test(request("/restapis/abc/resources", "127.0.0.1"))).isFalse();
        assertThat(ExecuteApiParser.recognises().test(request("/restapis", "apigateway.us-east-1.amazonaws.com"))).isFalse();
        assertThat(ExecuteApiParser.recognises().test(request("/", "127.0.0.1:4566"))).isFalse();
    }

    private static HttpRequest request(String path, String host) {
        return SignedRequests.unsigned("GET", path, "", Map.of("Host", List.of(host)), null, Instant.now());
    }
}
