package org.officeapi.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.officeapi.testsupport.Project;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The whole Cucumber suite in a child JVM, as {@code mvn verify -Dtarget=existing -Dstack.config=FILE} runs it:
 * the test classpath, the glue {@code org.officeapi.steps}, every feature under {@code features/}, the users'
 * passwords in the child's environment only, explicit root credentials. Its reports go to their own directory
 * under {@code target/interop-cli/}, never over the acceptance suite's.
 */
final class CucumberRun {

    /** One scenario (pickle) as the message report tells it: its tags and its worst step status. */
    record Scenario(String name, String uri, Set<String> tags, String status, String message) {
        boolean taggedAnyOf(Set<String> wanted) {
            return tags.stream().anyMatch(wanted::contains);
        }

        @Override
        public String toString() {
            return name + " (" + uri.substring(uri.indexOf("features/")) + ") " + tags + ": " + status;
        }
    }

    /** The JUnit XML report's totals. */
    record JunitTotals(int tests, int skipped, int failures, int errors) {}

    record Outcome(Commands.Run run, Path reports, List<Scenario> scenarios, JunitTotals junit) {
        List<Scenario> withStatus(String status) {
            return scenarios.stream().filter(s -> s.status().equals(status)).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // Cucumber's own ranking: the worst step decides the scenario's status.
    private static final List<String> SEVERITY = List.of("UNKNOWN", "PASSED", "SKIPPED", "PENDING", "UNDEFINED", "AMBIGUOUS", "FAILED");

    private CucumberRun() {}

    static Outcome againstExisting(CliStack stack, String label) {
        Path reports = CliStack.WORK.resolve("existing-target-" + label);
        Project.deleteRecursively(reports);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", testClasspath(),
                "-Dtarget=existing", "-Dstack.config=" + stack.stackProperties(),
                "-Daws.accessKeyId=test", "-Daws.secretAccessKey=test", "-Daws.disableEc2Metadata=true",
                "-Dcucumber.publish.quiet=true",
                "io.cucumber.core.cli.Main", "--monochrome", "--glue", "org.officeapi.steps",
                "--plugin", "summary",
                "--plugin", "junit:" + reports.resolve("cucumber-junit.xml"),
                "--plugin", "message:" + reports.resolve("cucumber-messages.ndjson"),
                "--plugin", "html:" + reports.resolve("cucumber.html"),
                CliStack.PROJECT.resolve("features").toString());
        Commands.Run run = Commands.run(command, CliStack.PROJECT, stack.passwords(), Duration.ofMinutes(15));
        try {
            Files.writeString(reports.resolve("output.txt"), run.output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isRegularFile(reports.resolve("cucumber-messages.ndjson"))) {
            throw new IllegalStateException("the Cucumber run wrote no report: " + run.describe());
        }
        return new Outcome(run, reports, scenarios(reports.resolve("cucumber-messages.ndjson")), junit(reports.resolve("cucumber-junit.xml")));
    }

    /** The classpath Failsafe gave this JVM: test classes, the project's classes and every dependency. */
    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static List<Scenario> scenarios(Path messages) {
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
            throw new UncheckedIOException("cannot read the Cucumber message report " + messages, e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        pickles.forEach((id, pickle) -> {
            Set<String> tags = new LinkedHashSet<>();
            StreamSupport.stream(pickle.path("tags").spliterator(), false).forEach(tag -> tags.add(tag.get("name").asText()));
            scenarios.add(new Scenario(pickle.get("name").asText(), pickle.get("uri").asText(), tags,
                    status.getOrDefault(id, "UNKNOWN"), message.getOrDefault(id, "")));
        });
        return scenarios;
    }

    private static JunitTotals junit(Path xml) {
        try {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
            return new JunitTotals(count(suite, "tests"), count(suite, "skipped"), count(suite, "failures"), count(suite, "errors"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the Cucumber JUnit report " + xml, e);
        }
    }

    private static int count(Element suite, String attribute) {
        String value = suite.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
