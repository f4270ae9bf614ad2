package org.officeapi.emulator.protocol;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.GetRestApiResponse;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Timestamps on the JSON wire are epoch seconds, as AWS writes them. */
class JsonShapesTest {

    @Test
    void wholeSecondsAreAPlainInteger() throws Exception {
        String json = JsonShapes.MAPPER.writeValueAsString(JsonShapes.write(
                GetRestApiResponse.builder().createdDate(Instant.ofEpochSecond(1_795_000_000L)).build()));

        assertThat(json).isEqualTo("{\"createdDate\":1795000000}");
    }

    @Test
    void fractionsKeepTheirDigits() throws Exception {
        String json = JsonShapes.MAPPER.writeValueAsString(JsonShapes.write(
                GetRestApiResponse.builder().createdDate(Instant.ofEpochSecond(1_795_000_000L, 250_000_000)).build()));

        assertThat(json).isEqualTo("{\"createdDate\":1795000000.25}");
    }
}
