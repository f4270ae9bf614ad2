package org.officeapi.emulator.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which documents IAM refuses and with which message ({@code src/test/resources/policy/validation-cases.json});
 * cases without an {@code error} must be accepted.
 */
class PolicyValidationCasesTest {

    static Stream<Arguments> cases() throws IOException {
        return PolicyCaseTable.read("/policy/validation-cases.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validates(String name, JsonNode spec) {
        PolicyKind kind = spec.get("kind").asText().equals("trust") ? PolicyKind.TRUST : PolicyKind.IDENTITY;
        String text = spec.get("text").asText();
        if (spec.has("error")) {
            assertThatThrownBy(() -> PolicyDocument.parse(text, kind))
                    .isInstanceOf(MalformedPolicyException.class)
                    .hasMessage(spec.get("error").asText());
        } else {
            PolicyDocument document = PolicyDocument.parse(text, kind);
            assertThat(document.statements()).isNotEmpty();
            assertThat(document.text()).isEqualTo(text);
        }
    }
}
