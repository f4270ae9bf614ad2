package org.officeapi.bench.load;

import org.officeapi.signin.RoleCredentials;
import org.officeapi.signin.SignInFlow;
import org.officeapi.stack.AwsErrors;
import org.officeapi.stack.Progress;
import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.ResourceNames;
import org.officeapi.stack.StackProvisioner;
import org.officeapi.stack.Teardown;
import org.officeapi.target.EmbeddedTarget;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A bounded load on the whole chain of the embedded AWS. Provisions the walkthrough's stack with the suite's
 * own provisioning, measures whole sign-ins + exchanges (SRP and password), signs John and Rose in once, then
 * makes {@code load.calls} signed calls of the access matrix with each thread count of {@code load.threads}
 * and each client of {@code load.clients}, checking every answer. Prints a table and writes it (Markdown and
 * JSON) under {@code load.out}. Exits with 1 if any answer was wrong: numbers of wrong work mean nothing.
 * <p>
 * {@code mvn -B -ntp -Pbench verify} runs it; alone: {@code mvn -B -ntp -Pbench verify -Dbench.jmh.skip=true}.
 */
public final class LoadDriver {

    /**
     * @param warmupCalls calls made before each measured burst, with the same client and threads (JIT, connections,
     *                    one warm Lambda environment per thread), checked but not counted
     */
    record Settings(int calls, int warmupCalls, List<Integer> threads, List<String> clients, int signIns, Path out, Path lambdaZip) {

        static Settings fromSystemProperties() {
            int calls = Integer.getInteger("load.calls", 2000);
            return new Settings(calls, Integer.getInteger("load.warmupCalls", Math.min(calls, 400)),
                    Arrays.stream(System.getProperty("load.threads", "1,2,4").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                    Arrays.stream(System.getProperty("load.clients", "jdk,restassured").split(",")).map(String::trim).toList(),
                    Integer.getInteger("load.signIns", 20),
                    Path.of(System.getProperty("load.out", "target/bench")),
                    Path.of(System.getProperty("office.lambda.zip", "target/office-api-lambda.zip")));
        }
    }

    private LoadDriver() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        boolean correct;
        try (EmbeddedTarget target = new EmbeddedTarget()) {
            Progress progress = new Progress(System.out, true);
            // nothing to tear down: the stack lives only in the embedded AWS, which goes when it closes
            Teardown teardown = new Teardown(AwsErrors::isNotFound, Progress.quiet());
            ProvisionedStack stack = new StackProvisioner(target, ResourceNames.newRun(Instant.now()), settings.lambdaZip(), progress,
                    Duration.ofMinutes(2)).obtain(WalkthroughSpec.spec(), teardown);

            SignIns signIns = new SignIns(target, stack);
            Map<SignInFlow, List<SignIns.Cost>> signInCosts = signInCosts(signIns, settings.signIns());
            Map<String, RoleCredentials> credentials = signIns.credentialsOfEveryUser();

            LoadRun load = new LoadRun(stack, credentials);
            List<LoadRun.Outcome> outcomes = new ArrayList<>();
            for (String clientName : settings.clients()) {
                for (int threads : settings.threads()) {
                    try (SignedClient client = client(clientName, stack, target)) {
                        List<String> warmupFailures = load.run(client, threads, settings.warmupCalls()).failures();
                        LoadRun.Outcome measured = load.run(client, threads, settings.calls());
                        List<String> failures = new ArrayList<>(warmupFailures);
                        failures.addAll(measured.failures());
                        outcomes.add(new LoadRun.Outcome(measured.client(), threads, measured.calls(), measured.wallNanos(),
                                measured.latencies(), List.copyOf(failures)));
                        System.out.println(LoadReport.row(outcomes.get(outcomes.size() - 1)));
                    }
                }
            }
            LoadReport report = new LoadReport(settings, signInCosts, outcomes);
            System.out.println();
            System.out.println(report.markdown());
            report.write(settings.out());
            correct = outcomes.stream().allMatch(o -> o.failures().isEmpty());
            outcomes.stream().flatMap(o -> o.failures().stream().limit(5)).forEach(f -> System.out.println("WRONG ANSWER: " + f));
        }
        if (!correct) {
            System.exit(1);
        }
    }

    /** A few sign-ins of each flow to warm up, then {@code runs} measured ones, John and Rose in turn. */
    private static Map<SignInFlow, List<SignIns.Cost>> signInCosts(SignIns signIns, int runs) {
        Map<SignInFlow, List<SignIns.Cost>> costs = new java.util.EnumMap<>(SignInFlow.class);
        for (SignInFlow flow : SignInFlow.values()) {
            for (int i = 0; i < Math.min(runs, 5); i++) {
                signIns.measure(i % 2 == 0 ? "John" : "Rose", flow);
            }
        }
        for (SignInFlow flow : SignInFlow.values()) {
            List<SignIns.Cost> measured = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                measured.add(signIns.measure(i % 2 == 0 ? "John" : "Rose", flow));
            }
            costs.put(flow, measured);
        }
        return costs;
    }

    private static SignedClient client(String name, ProvisionedStack stack, EmbeddedTarget target) {
        return switch (name) {
            case "jdk" -> new JdkHttpClient(stack.invokeUrl(), stack.region(), target.clock());
            case "restassured" -> new RestAssuredClient(stack.invokeUrl(), stack.region(), target.clock());
            default -> throw new IllegalArgumentException("load.clients names jdk or restassured, not " + name);
        };
    }
}
