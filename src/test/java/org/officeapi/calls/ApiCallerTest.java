package org.officeapi.calls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiCallerTest {

    @Test
    void tamperingChangesOnlyTheSignatureAndKeepsTheHeaderWellFormed() {
        String header = "AWS4-HMAC-SHA256 Credential=ASIA/20261127/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc0";
        String tampered = ApiCaller.tamper(header);

        assertThat(tampered).isNotEqualTo(header).hasSameSizeAs(header).endsWith("Signature=abc1");
        assertThat(ApiCaller.tamper(tampered)).endsWith("Signature=abc0");
    }

    @Test
    void errorsAreReadTheWayApiGatewayWritesThem() {
        ApiAnswer denied = new ApiAnswer(403, java.util.Map.of("x-amzn-errortype", "AccessDeniedException"),
                "{\"Message\":\"User: x is not authorized\"}");
        ApiAnswer missing = new ApiAnswer(403, java.util.Map.of("X-Amzn-ErrorType", "MissingAuthenticationTokenException:http://x"),
                "{\"message\":\"Missing Authentication Token\"}");

        assertThat(denied.errorType()).isEqualTo("AccessDeniedException");
        assertThat(denied.errorMessage()).isEqualTo("User: x is not authorized");
        assertThat(missing.errorType()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(missing.errorMessage()).isEqualTo("Missing Authentication Token");
        assertThat(new ApiAnswer(200, java.util.Map.of(), "Hello user").errorMessage()).isNull();
    }
}
