package org.officeapi.emulator.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator against a table of cases taken from the IAM User Guide's examples
 * ({@code src/test/resources/policy/evaluation-cases.json}): each case gives the policies, the request
 * and the decision IAM documents, and optionally the Sids of the statements that decided.
 */
class PolicyEvaluationCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        return PolicyCaseTable.read("/policy/evaluation-cases.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, JsonNode spec) throws IOException {
        PolicyKind kind = "trust".equals(spec.path("kind").asText()) ? PolicyKind.TRUST : PolicyKind.IDENTITY;
        List<PolicySource> policies = new ArrayList<>();
        int n = 0;
        for (JsonNode policy : spec.get("policies")) {
            n++;
            policies.add(new PolicySource("policy" + n, "role", "policy " + n,
                    PolicyDocument.parse(JSON.writeValueAsString(policy), kind)));
        }
        RequestContext.Builder request = RequestContext.builder()
                .action(spec.get("action").asText())
                .resource(spec.get("resource").asText());
        if (spec.has("principal")) {
            Map.Entry<String, JsonNode> principal = spec.get("principal").properties().iterator().next();
            request.principal(principal.getKey(), principal.getValue().asText());
        }
        for (Map.Entry<String, JsonNode> key : spec.path("context").properties()) {
            List<String> values = new ArrayList<>();
            key.getValue().forEach(v -> values.add(v.asText()));
            request.key(key.getKey(), values);
        }

        Evaluation evaluation = PolicyEvaluator.evaluate(policies, request.build());

        assertThat(evaluation.decision().simulatorName()).as(evaluation.reason()).isEqualTo(spec.get("expect").asText());
        if (spec.has("matched")) {
            List<String> sids = new ArrayList<>();
            spec.get("matched").forEach(s -> sids.add(s.asText()));
            assertThat(evaluation.matched()).extracting(m -> m.statement().sid()).containsExactlyElementsOf(sids);
        }
        if (evaluation.decision() == Evaluation.Decision.IMPLICIT_DENY) {
            assertThat(evaluation.matched()).isEmpty();
        } else {
            assertThat(evaluation.matched()).isNotEmpty();
        }
    }
}
