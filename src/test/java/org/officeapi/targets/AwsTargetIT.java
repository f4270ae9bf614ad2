package org.officeapi.targets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.testsupport.JunitReport;
import org.officeapi.testsupport.Project;
import org.officeapi.testsupport.ServerInventory;
import org.officeapi.testsupport.StandaloneEmbeddedAws;
import org.officeapi.testsupport.SuiteInChildJvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aws target, end to end: the whole suite in a child JVM, as a user runs it against an AWS account,
 * here the standalone embedded AWS (which has clock control, so nothing is skipped, and makes IAM changes
 * take 3 s to reach the other services, as AWS's eventual consistency does). Its traffic passes a
 * recording relay, so that the secrets it exchanged can be looked for in its output and reports.
 */
class AwsTargetIT {

    private static StandaloneEmbeddedAws aws;
    private static RecordingProxy relay;
    private static SuiteInChildJvm.Result run;

    @BeforeAll
    static void runTheSuiteOnTheAwsTarget() {
        aws = StandaloneEmbeddedAws.builder().randomSecretKey().clockControl().iamPropagationDelay(Duration.ofSeconds(3))
                .start(Project.buildDir().resolve("targets-it/embedded-aws-for-aws-target.log"));
        relay = new RecordingProxy(aws.endpoint());
        run = SuiteInChildJvm.awsTarget(Project.buildDir().resolve("targets-it/aws-target"), aws)
                .property("aws.endpoint", relay.endpoint().toString())
                .property("aws.allowProvisioning", "true")
                .property("aws.account", aws.accountId())
                .run(Duration.ofMinutes(10));
    }

    @AfterAll
    static void stop() {
        if (relay != null) {
            relay.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    @Test
    void everyScenarioRanAndPassed() {
        assertThat(run.exitCode()).as(run.output()).isZero();
        Matcher summary = run.scenarioSummary();
        int scenarios = Integer.parseInt(summary.group(1));
        assertThat(scenarios).isPositive();
        assertThat(summary.group(2)).as("nothing skipped, failed or undefined").isEqualTo(scenarios + " passed");
        assertThat(JunitReport.read(run.junitReport())).isEqualTo(new JunitReport(scenarios, 0, 0, 0));
    }

    @Test
    void provisioningWaitedOutIamPropagation() {
        assertThat(run.output())
                .containsPattern("\\[stack] function oaa-\\w+-office-api: InvalidParameterValueException while IAM propagates, retry 1 ")
                .containsPattern("\\[stack] readiness: credentials of role \\w+ for \\w+: InvalidIdentityPoolConfigurationException"
                        + " while IAM propagates, retry 1 ")
                .containsPattern("\\[stack] ready: role \\w+ works for \\w+ \\(credentials, GET /api/\\w+ 200\\)")
                .doesNotContain("NOT READY");
        assertThat(count(run.output(), "\\[stack] stack oaa-\\S+ ready on aws")).as("every stack provisioned is ready")
                .isEqualTo(count(run.output(), "\\[stack] stack oaa-\\S+ created on aws")).isPositive();
    }

    @Test
    void nothingTheRunCreatedIsLeftOnTheServer() {
        assertThat(run.output()).as("the run created resources").containsPattern("\\[stack] created role oaa-\\w+-")
                .containsPattern("\\[stack] deleted function oaa-\\w+-office-api").doesNotContain("could not delete");

        assertThat(ServerInventory.suites(aws.clients())).isEmpty();
    }

    @Test
    void noSecretTheRunExchangedAppearsInItsOutputOrReports() throws IOException {
        Map<String, String> secrets = new LinkedHashMap<>(SecretsInTraffic.in(relay.traffic()));
        secrets.put(aws.secretKey(), "the root's secret access key");
        assertThat(SecretsInTraffic.kinds(secrets)).as("the scan looks for real secrets of every kind")
                .contains("Password", "PASSWORD", "IdToken", "AccessToken", "RefreshToken", "SecretKey", "SessionToken");
        assertThat(run.files()).extracting(p -> p.getFileName().toString())
                .contains("output.log", "cucumber-junit.xml", "cucumber.html");

        List<String> leaks = new ArrayList<>();
        for (Path file : run.files()) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            secrets.forEach((secret, kind) -> {
                if (content.contains(secret)) {
                    // the secret itself is not repeated here: this message ends up in a report too
                    leaks.add(kind + " (" + secret.length() + " characters) in " + file.getFileName());
                }
            });
        }
        assertThat(leaks).isEmpty();
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }
}
