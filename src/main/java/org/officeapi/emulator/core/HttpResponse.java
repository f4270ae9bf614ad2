package org.officeapi.emulator.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A response to write: status, headers in order, body. */
public record HttpResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    public HttpResponse {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpResponse of(int status, String contentType, byte[] body) {
        return new HttpResponse(status, List.of(Map.entry("Content-Type", contentType)), body);
    }

    public static HttpResponse of(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new HttpResponse(status, more, body);
    }

    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
