package org.officeapi.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The standalone embedded AWS's own control endpoint ({@code /_emulator/…}), for targets that point at
 * one through {@code -Daws.endpoint}: whether it lets the clock be moved, and moving it. Never asked
 * of real AWS, which has no such endpoint.
 */
final class EmulatorControl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    EmulatorControl(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** A time machine and the matching clock, when the endpoint is an embedded AWS with clock control on. */
    Optional<RemoteClock> clock() {
        JsonNode health = get("/_emulator/health");
        if (health == null || !health.path("clockControl").asBoolean(false)) {
            return Optional.empty();
        }
        RemoteClock clock = new RemoteClock();
        clock.sync(get("/_emulator/clock"));
        return Optional.of(clock);
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private JsonNode post(String path, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the embedded AWS refused to move its clock: " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the embedded AWS's clock control at " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while moving the embedded AWS's clock", e);
        }
    }

    /** Our copy of the remote clock (system time plus the remote offset), moved through the endpoint. */
    final class RemoteClock extends Clock implements TimeMachine {
        private volatile Duration offset = Duration.ZERO;

        void sync(JsonNode state) {
            if (state != null && state.has("offsetSeconds")) {
                offset = Duration.ofMillis((long) (state.get("offsetSeconds").asDouble() * 1000));
            }
        }

        @Override
        public void advance(Duration amount) {
            sync(post("/_emulator/clock", "{\"advanceSeconds\":" + amount.toMillis() / 1000.0 + "}"));
        }

        @Override
        public void reset() {
            sync(post("/_emulator/clock", "{\"reset\":true}"));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
