package org.officeapi.emulator.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A JSON table of policy cases under {@code src/test/resources/policy/}, one named case per parameterized test. */
final class PolicyCaseTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyCaseTable() {}

    /** Each case of the table as the arguments (its {@code name}, the whole case). */
    static Stream<Arguments> read(String resource) throws IOException {
        try (InputStream in = PolicyCaseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the test classpath");
            }
            List<Arguments> out = new ArrayList<>();
            for (JsonNode node : JSON.readTree(in)) {
                out.add(Arguments.of(node.get("name").asText(), node));
            }
            return out.stream();
        }
    }
}
