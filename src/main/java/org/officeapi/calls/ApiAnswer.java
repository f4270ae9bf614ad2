package org.officeapi.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** What the API answered: status, headers (names without case) and body. */
public record ApiAnswer(int status, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ApiAnswer {
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
    }

    /**
     * The body as reports may show it: API Gateway echoes a malformed Authorization header in its refusal
     * (a bearer token, a signature), so anything token-like is masked.
     */
    public String redactedBody() {
        return Redaction.redact(body);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** API Gateway's {@code x-amzn-ErrorType}, without anything after a colon. */
    public String errorType() {
        String type = header("x-amzn-ErrorType");
        return type == null ? null : type.split(":", 2)[0];
    }

    /**
     * API Gateway's error message: {@code message} in most bodies, {@code Message} in AccessDeniedException's
     * (reference §4.2 #8).
     */
    public String errorMessage() {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                return null;
            }
            JsonNode message = json.has("message") ? json.get("message") : json.get("Message");
            return message == null ? null : message.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
