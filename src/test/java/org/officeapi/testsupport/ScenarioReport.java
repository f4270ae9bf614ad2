package org.officeapi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * One scenario (pickle) as Cucumber's message report ({@code --plugin message:FILE}) tells it: its tags and its
 * worst step status, with that step's message.
 */
public record ScenarioReport(String name, String uri, Set<String> tags, String status, String message) {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Cucumber's own ranking: the worst step decides the scenario's status.
    private static final List<String> SEVERITY = List.of("UNKNOWN", "PASSED", "SKIPPED", "PENDING", "UNDEFINED", "AMBIGUOUS", "FAILED");

    public boolean taggedAnyOf(Set<String> wanted) {
        return tags.stream().anyMatch(wanted::contains);
    }

    @Override
    public String toString() {
        return name + " (" + uri.substring(uri.indexOf("features/")) + ") " + tags + ": " + status;
    }

    /** Every scenario of a message report, in the order Cucumber compiled them. */
    public static List<ScenarioReport> read(Path messages) {
        if (!Files.isRegularFile(messages)) {
            throw new AssertionError("the Cucumber run wrote no message report " + messages);
        }
        Map<String, JsonNode> pickles = new LinkedHashMap<>();
        Map<String, String> pickleOfTestCase = new HashMap<>();
        Map<String, String> testCaseOfStart = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        Map<String, String> message = new HashMap<>();
        try {
            for (String line : Files.readAllLines(messages)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode envelope = JSON.readTree(line);
                if (envelope.has("pickle")) {
                    pickles.put(envelope.get("pickle").get("id").asText(), envelope.get("pickle"));
                } else if (envelope.has("testCase")) {
                    pickleOfTestCase.put(envelope.get("testCase").get("id").asText(), envelope.get("testCase").get("pickleId").asText());
                } else if (envelope.has("testCaseStarted")) {
                    JsonNode started = envelope.get("testCaseStarted");
                    testCaseOfStart.put(started.get("id").asText(), started.get("testCaseId").asText());
                } else if (envelope.has("testStepFinished")) {
                    JsonNode finished = envelope.get("testStepFinished");
                    String pickle = pickleOfTestCase.get(testCaseOfStart.get(finished.get("testCaseStartedId").asText()));
                    String stepStatus = finished.get("testStepResult").get("status").asText();
                    if (SEVERITY.indexOf(stepStatus) > SEVERITY.indexOf(status.getOrDefault(pickle, "UNKNOWN"))) {
                        status.put(pickle, stepStatus);
                        message.put(pickle, finished.get("testStepResult").path("message").asText(""));
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the Cucumber message report " + messages + ": " + e.getMessage(), e);
        }
        List<ScenarioReport> scenarios = new ArrayList<>();
        pickles.forEach((id, pickle) -> {
            Set<String> tags = new LinkedHashSet<>();
            StreamSupport.stream(pickle.path("tags").spliterator(), false).forEach(tag -> tags.add(tag.get("name").asText()));
            scenarios.add(new ScenarioReport(pickle.get("name").asText(), pickle.get("uri").asText(), tags,
                    status.getOrDefault(id, "UNKNOWN"), message.getOrDefault(id, "")));
        });
        return scenarios;
    }
}
