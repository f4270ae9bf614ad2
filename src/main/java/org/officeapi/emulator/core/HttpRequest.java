package org.officeapi.emulator.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A request exactly as it arrived: the path and query still percent-encoded (SigV4 signs the raw
 * form), every header value, and the whole body.
 */
public record HttpRequest(String method, String rawPath, String rawQuery, Headers headers, byte[] body,
                          String sourceIp, Instant receivedAt) {

    public HttpRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.firstOrNull(name);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String host() {
        return headers.first("Host").orElse("");
    }

    /** The media type of the body without parameters, lower case, or "" when absent. */
    public String mediaType() {
        String contentType = headers.first("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
