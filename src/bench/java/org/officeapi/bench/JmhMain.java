package org.officeapi.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs JMH with its own command line (as {@code org.openjdk.jmh.Main} takes it), after making the result
 * file's directory, and writes the results as a Markdown table beside the JSON ({@code jmh-results.md}).
 */
public final class JmhMain {

    private JmhMain() {}

    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions options = new CommandLineOptions(args);
        Path json = Path.of(options.getResult().orElse("jmh-result.json"));
        if (json.toAbsolutePath().getParent() != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
        }
        Collection<RunResult> results = new Runner(options).run();
        Path table = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "") + ".md");
        Files.writeString(table, markdown(results));
        System.out.println("JMH results: " + json + ", " + table);
    }

    static String markdown(Collection<RunResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add("| Benchmark | Mode | Score | Error (99.9%) | Unit |");
        lines.add("|---|---|---:|---:|---|");
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", name, run.getParams().getMode().shortLabel(),
                    number(primary.getScore()), Double.isNaN(primary.getScoreError()) ? "" : "± " + number(primary.getScoreError()),
                    primary.getScoreUnit()));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
