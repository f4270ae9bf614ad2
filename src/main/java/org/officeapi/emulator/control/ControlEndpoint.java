package org.officeapi.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.ServiceEndpoint;
import org.officeapi.emulator.protocol.JsonShapes;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The embedded AWS's own endpoints under {@code /_emulator/}, which real AWS does not have:
 * <ul>
 *   <li>{@code GET /_emulator/health}: {@code {"status":"running",…}}, for scripts that wait for the server;</li>
 *   <li>{@code GET|POST /_emulator/clock}, only when clock control is enabled: read the clock, or move it with
 *       {@code {"advanceSeconds": n}}, {@code {"setTo": "2030-01-01T00:00:00Z"}} or {@code {"reset": true}},
 *       so that expiry scenarios run without waiting.</li>
 * </ul>
 */
public final class ControlEndpoint implements ServiceEndpoint {

    public static final String PREFIX = "/_emulator/";

    private final AwsClock clock;
    private final boolean clockControl;
    private final String region;
    private final String account;

    public ControlEndpoint(AwsClock clock, boolean clockControl, String region, String account) {
        this.clock = clock;
        this.clockControl = clockControl;
        this.region = region;
        this.account = account;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String path = request.rawPath();
        if (path.equals(PREFIX + "health") && request.method().equals("GET")) {
            ObjectNode health = JsonShapes.MAPPER.createObjectNode().put("status", "running").put("region", region)
                    .put("account", account).put("clockControl", clockControl);
            return json(200, health);
        }
        if (path.equals(PREFIX + "clock") && clockControl) {
            return request.method().equals("POST") ? moveClock(request) : json(200, clockState());
        }
        return json(404, JsonShapes.MAPPER.createObjectNode().put("message", "No such control endpoint: " + path
                + (path.equals(PREFIX + "clock") ? " (start the embedded AWS with clock control enabled)" : "")));
    }

    private HttpResponse moveClock(HttpRequest request) {
        JsonNode body;
        try {
            body = JsonShapes.MAPPER.readTree(request.body());
        } catch (IOException e) {
            return json(400, JsonShapes.MAPPER.createObjectNode().put("message", "The body must be JSON"));
        }
        try {
            if (body != null && body.hasNonNull("advanceSeconds") && body.get("advanceSeconds").isNumber()) {
                clock.advance(Duration.ofMillis((long) (body.get("advanceSeconds").asDouble() * 1000)));
            } else if (body != null && body.hasNonNull("setTo") && body.get("setTo").isTextual()) {
                clock.set(Instant.parse(body.get("setTo").asText()));
            } else if (body != null && body.path("reset").asBoolean(false)) {
                clock.reset();
            } else {
                return json(400, JsonShapes.MAPPER.createObjectNode()
                        .put("message", "Send {\"advanceSeconds\": n}, {\"setTo\": \"<ISO-8601 instant>\"} or {\"reset\": true}"));
            }
        } catch (DateTimeParseException e) {
            return json(400, JsonShapes.MAPPER.createObjectNode().put("message", "setTo must be an ISO-8601 instant"));
        }
        return json(200, clockState());
    }

    private ObjectNode clockState() {
        return JsonShapes.MAPPER.createObjectNode().put("now", clock.instant().toString())
                .put("offsetSeconds", clock.offset().toMillis() / 1000.0);
    }

    private static HttpResponse json(int status, ObjectNode body) {
        return HttpResponse.of(status, "application/json", body.toString());
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return json(413, JsonShapes.MAPPER.createObjectNode().put("message", "Request entity too large"));
    }
}
