package org.officeapi.targets;

import org.officeapi.testsupport.ChildEnvironment;
import org.officeapi.testsupport.Project;
import org.officeapi.testsupport.StandaloneEmbeddedAws;

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
 * real. Its output goes to {@code target/targets-it/<name>/output.log} and its reports (JUnit XML, HTML)
 * beside it. The child gets no AWS or LocalStack settings from this environment, and never probes the EC2
 * metadata address.
 */
public final class SuiteInChildJvm {

    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) Scenarios?(?: \\(([^)]*)\\))?$", Pattern.CASE_INSENSITIVE);

    private final String name;
    private final Map<String, String> properties = new LinkedHashMap<>();

    private SuiteInChildJvm(String name) {
        this.name = name;
        properties.put("aws.disableEc2Metadata", "true");
        properties.put("cucumber.publish.quiet", "true");
        properties.put("office.lambda.zip", Project.buildDir().resolve("office-api-lambda.zip").toString());
    }

    /** @param name the run's directory under {@code target/targets-it/} */
    public static SuiteInChildJvm named(String name) {
        return new SuiteInChildJvm(name);
    }

    /** The aws target against the standalone embedded AWS, with the root's credentials as system properties. */
    public static SuiteInChildJvm awsTarget(String name, StandaloneEmbeddedAws aws) {
        return named(name).property("target", "aws").property("aws.endpoint", aws.endpoint().toString())
                .property("aws.region", aws.region())
                // the default credential chain reads these system properties first
                .property("aws.accessKeyId", aws.accessKey()).property("aws.secretAccessKey", aws.secretKey());
    }

    public SuiteInChildJvm property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    public Path reportDir() {
        return Project.buildDir().resolve("targets-it").resolve(name);
    }

    /** Runs the suite to its end; a run still going after {@code timeout} is stopped and fails the test. */
    public Result run(Duration timeout) {
        Running running = start();
        Result result = running.waitFor(timeout);
        if (result == null) {
            running.kill();
            throw new AssertionError("the suite in the child JVM (" + name + ") did not end within " + timeout
                    + "; its output so far:\n" + running.output());
        }
        return result;
    }

    public Running start() {
        Path dir = reportDir();
        List<String> command = new ArrayList<>(List.of(Project.java(), "-Xmx768m", "-cp", Project.testClasspath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("io.cucumber.core.cli.Main", "--glue", "org.officeapi.steps", "--monochrome",
                "--plugin", "summary",
                "--plugin", "junit:" + dir.resolve("cucumber-junit.xml"), "--plugin", "html:" + dir.resolve("cucumber.html"),
                Project.dir().resolve("features").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Project.dir().toFile()).redirectErrorStream(true);
        // nothing of this machine's AWS or LocalStack settings reaches the run: only what the test gives it
        ChildEnvironment.scrub(builder.environment());
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
            return dir.resolve("cucumber-junit.xml");
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
