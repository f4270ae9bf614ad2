package org.officeapi.testsupport;

import org.officeapi.steps.Hooks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole Cucumber suite ({@code features/}, glue {@code org.officeapi.steps}) run by Cucumber's CLI in a
 * child JVM on the test classpath, with the system properties a target needs: what a user types, run for
 * real. Its output goes to {@code output.log} in its own report directory, and its reports (JUnit XML,
 * messages, HTML) beside it, never over the acceptance suite's. The child gets no AWS, LocalStack or test
 * password settings from this environment ({@link ChildEnvironment}), only what the test gives it.
 */
public final class SuiteInChildJvm {

    private static final String JUNIT = "cucumber-junit.xml";
    private static final String MESSAGES = "cucumber-messages.ndjson";
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) Scenarios?(?: \\(([^)]*)\\))?$", Pattern.CASE_INSENSITIVE);

    private final Path dir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private SuiteInChildJvm(Path dir) {
        this.dir = dir;
        properties.put("aws.disableEc2Metadata", "true");
        properties.put("cucumber.publish.quiet", "true");
        properties.put("office.lambda.zip", Project.buildDir().resolve("office-api-lambda.zip").toString());
    }

    /** @param dir the run's own directory (cleared before it starts) for its output log and reports */
    public static SuiteInChildJvm reportingTo(Path dir) {
        return new SuiteInChildJvm(dir);
    }

    /** The aws target against the standalone embedded AWS, with the root's credentials as system properties. */
    public static SuiteInChildJvm awsTarget(Path dir, StandaloneEmbeddedAws aws) {
        return reportingTo(dir).property("target", "aws").property("aws.endpoint", aws.endpoint().toString())
                .property("aws.region", aws.region())
                // the default credential chain reads these system properties first
                .property("aws.accessKeyId", aws.accessKey()).property("aws.secretAccessKey", aws.secretKey());
    }

    public SuiteInChildJvm property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** Environment variables for the child alone (e.g. the users' passwords of the existing target). */
    public SuiteInChildJvm environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    public Path reportDir() {
        return dir;
    }

    /** Runs the suite to its end; a run still going after {@code timeout} is stopped and fails the test. */
    public Result run(Duration timeout) {
        Running running = start();
        Result result = running.waitFor(timeout);
        if (result == null) {
            running.kill();
            throw new AssertionError("the suite in the child JVM (" + dir.getFileName() + ") did not end within " + timeout
                    + "; its output so far:\n" + running.output());
        }
        return result;
    }

    public Running start() {
        Path html = dir.resolve("cucumber.html");
        Path junit = dir.resolve(JUNIT);
        Path messages = dir.resolve(MESSAGES);
        List<String> command = new ArrayList<>(List.of(Project.java(), "-Xmx768m", "-cp", Project.testClasspath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // so that the run's last words name the reports it wrote, not AcceptanceIT's
        command.add("-D" + Hooks.REPORTS_PROPERTY + "=" + html + "," + junit + "," + messages);
        command.addAll(List.of("io.cucumber.core.cli.Main", "--glue", "org.officeapi.steps", "--monochrome",
                "--plugin", "summary", "--plugin", "html:" + html, "--plugin", "junit:" + junit, "--plugin", "message:" + messages,
                Project.dir().resolve("features").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Project.dir().toFile()).redirectErrorStream(true);
        ChildEnvironment.scrub(builder.environment());
        builder.environment().putAll(environment);
        try {
            Project.deleteRecursively(dir);
            Files.createDirectories(dir);
            return new Running(builder.start(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the suite in a child JVM", e);
        }
    }

    /** A run in progress: its output as it comes, and ways to wait for a line or to stop it. */
    public static final class Running {
        private final Process process;
        private final Path dir;
        private final StringBuffer output = new StringBuffer();
        private final Thread reader;
        private final long started = System.nanoTime();

        private Running(Process process, Path dir) throws IOException {
            this.process = process;
            this.dir = dir;
            PrintWriter log = new PrintWriter(Files.newBufferedWriter(dir.resolve("output.log")), true);
            this.reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        output.append(line).append('\n');
                        log.println(line);
                    }
                } catch (IOException e) {
                    output.append("[reading the child's output failed: ").append(e.getMessage()).append("]\n");
                } finally {
                    log.close();
                }
            }, "suite-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        public long pid() {
            return process.pid();
        }

        public String output() {
            return output.toString();
        }

        /** Waits until a line of the output matches; fails the test if the run ends or the time passes first. */
        public Matcher awaitLine(Pattern pattern, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = pattern.matcher(output);
                if (matcher.find()) {
                    return matcher;
                }
                if (!process.isAlive() && !reader.isAlive()) {
                    throw new AssertionError("the run ended before printing /" + pattern + "/:\n" + output);
                }
                sleep(50);
            }
            throw new AssertionError("no line matching /" + pattern + "/ within " + timeout + ":\n" + output);
        }

        /**
         * SIGTERM, as CI or Ctrl-C stop a JVM: its shutdown hooks run. Sent through the process handle:
         * {@link Process#destroy()} would also close the pipe this test reads the child's last words from.
         */
        public void terminate() {
            process.toHandle().destroy();
        }

        void kill() {
            process.destroyForcibly();
        }

        /** The result once the JVM has exited; null if it is still running after {@code timeout}. */
        public Result waitFor(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    return null;
                }
                reader.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the suite in the child JVM", e);
            }
            return new Result(process.exitValue(), output(), dir, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * How a run ended.
     *
     * @param exitCode 0 when every scenario passed
     * @param dir      where its output log and reports are
     */
    public record Result(int exitCode, String output, Path dir, Duration took) {

        public Path junitReport() {
            return dir.resolve(JUNIT);
        }

        /** The JUnit XML report's totals. */
        public JunitReport junit() {
            return JunitReport.read(junitReport());
        }

        /** Every scenario with its tags and how it ended, from the message report. */
        public List<ScenarioReport> scenarios() {
            return ScenarioReport.read(dir.resolve(MESSAGES));
        }

        /** The scenarios that ended so ({@code PASSED}, {@code SKIPPED}, {@code FAILED}, …). */
        public List<ScenarioReport> withStatus(String status) {
            return scenarios().stream().filter(s -> s.status().equals(status)).toList();
        }

        /** Cucumber's summary line, e.g. {@code 39 scenarios (39 passed)} (group 1: how many; 2: how they ended, if any ran). */
        public Matcher scenarioSummary() {
            Matcher matcher = SUMMARY.matcher(output);
            if (!matcher.find()) {
                throw new AssertionError("the run printed no scenario summary:\n" + output);
            }
            return matcher;
        }

        /** Every file the run wrote into its directory (log and reports). */
        public List<Path> files() {
            try (var files = Files.list(dir)) {
                return files.filter(Files::isRegularFile).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
