package org.officeapi.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.officeapi.signin.SignInFlow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load driver's tables: the machine, the cost of a sign-in + exchange, and throughput and latency per client and threads. */
final class LoadReport {

    private final LoadDriver.Settings settings;
    private final Map<SignInFlow, List<SignIns.Cost>> signInCosts;
    private final List<LoadRun.Outcome> outcomes;

    LoadReport(LoadDriver.Settings settings, Map<SignInFlow, List<SignIns.Cost>> signInCosts, List<LoadRun.Outcome> outcomes) {
        this.settings = settings;
        this.signInCosts = signInCosts;
        this.outcomes = outcomes;
    }

    /** The machine, and its load average when the report is made (the cores may be shared with other work). */
    static String machine() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + (load < 0 ? "" : String.format(Locale.ROOT, ", load average %.2f", load));
    }

    static String row(LoadRun.Outcome o) {
        Latencies l = o.latencies();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %s |", o.client(), o.threads(), o.calls(),
                o.callsPerSecond(), l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.maxMillis(),
                o.failures().isEmpty() ? "all right" : o.failures().size() + " WRONG");
    }

    String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("Machine: " + machine() + ".");
        lines.add("");
        lines.add("One sign-in + exchange (" + settings.signIns() + " runs per flow, John and Rose in turn; ms):");
        lines.add("");
        lines.add("| flow | sign-in p50 | sign-in p95 | exchange p50 | exchange p95 | total mean | total p50 | total p95 |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|");
        signInCosts.forEach((flow, costs) -> {
            Latencies signIn = new Latencies(costs.stream().mapToLong(SignIns.Cost::signIn).toArray());
            Latencies exchange = new Latencies(costs.stream().mapToLong(SignIns.Cost::exchange).toArray());
            Latencies total = new Latencies(costs.stream().mapToLong(c -> c.signIn() + c.exchange()).toArray());
            lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", flow,
                    signIn.percentileMillis(50), signIn.percentileMillis(95), exchange.percentileMillis(50),
                    exchange.percentileMillis(95), total.meanMillis(), total.percentileMillis(50), total.percentileMillis(95)));
        });
        lines.add("");
        lines.add("Signed calls of the access matrix (" + settings.calls() + " per row after " + settings.warmupCalls()
                + " warm-up calls; latency in ms, from signing to the body read):");
        lines.add("");
        lines.add("| client | threads | calls | calls/s | p50 | p95 | p99 | max | answers |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        outcomes.forEach(o -> lines.add(row(o)));
        return String.join("\n", lines) + "\n";
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("load-results.md"), markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine());
        json.put("settings", Map.of("calls", settings.calls(), "warmupCalls", settings.warmupCalls(), "threads", settings.threads(),
                "clients", settings.clients(), "signIns", settings.signIns()));
        Map<String, Object> signIn = new LinkedHashMap<>();
        signInCosts.forEach((flow, costs) -> signIn.put(flow.name(), Map.of(
                "signInMillis", summary(new Latencies(costs.stream().mapToLong(SignIns.Cost::signIn).toArray())),
                "exchangeMillis", summary(new Latencies(costs.stream().mapToLong(SignIns.Cost::exchange).toArray())),
                "totalMillis", summary(new Latencies(costs.stream().mapToLong(c -> c.signIn() + c.exchange()).toArray())))));
        json.put("signInAndExchange", signIn);
        json.put("matrixCalls", outcomes.stream().map(o -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("client", o.client());
            row.put("threads", o.threads());
            row.put("calls", o.calls());
            row.put("callsPerSecond", o.callsPerSecond());
            row.put("latencyMillis", summary(o.latencies()));
            row.put("wrongAnswers", o.failures().size());
            return row;
        }).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("load-results.json").toFile(), json);
        System.out.println("Load results: " + directory.resolve("load-results.md") + ", " + directory.resolve("load-results.json"));
    }

    private static Map<String, Object> summary(Latencies l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", l.count());
        out.put("mean", l.meanMillis());
        out.put("p50", l.percentileMillis(50));
        out.put("p95", l.percentileMillis(95));
        out.put("p99", l.percentileMillis(99));
        out.put("max", l.maxMillis());
        return out;
    }
}
