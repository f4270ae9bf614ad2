package org.officeapi.calls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void masksTokensAndSignaturesButKeepsTheMessage() {
        String body = "{\"message\":\"'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' not a valid key=value pair (missing equal-sign)"
                + " in Authorization header: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'.\"}";
        String redacted = Redaction.redact(body);

        assertThat(redacted).doesNotContain("eyJ").contains("not a valid key=value pair");
        assertThat(Redaction.redact("Signature=0123abcd, x-amz-security-token: IQoJb3JpZ2lu==")).isEqualTo(
                "Signature=<redacted>, x-amz-security-token: <redacted>");
        assertThat(Redaction.redact("... Authorization=AWS4-HMAC-SHA256 Credential=x")).endsWith("Authorization=<redacted>");
        assertThat(Redaction.redact(null)).isNull();
    }
}
