package org.officeapi.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Map;

/** Run-wide hooks: skipping what the target cannot honour, and tearing the run down at the end. */
public final class Hooks {

    /** Comma-separated report files, set by a runner whose reports go elsewhere than AcceptanceIT's. */
    public static final String REPORTS_PROPERTY = "office.cucumber.reports";
    private static final String ACCEPTANCE_IT_REPORTS = "target/cucumber-reports/cucumber.html,target/cucumber-reports/cucumber-junit.xml";

    /**
     * Starts the target before any scenario. A target that cannot start fails the run here, once, with
     * its reason, instead of failing (or skipping) every scenario.
     */
    @BeforeAll
    public static void startTheTarget() {
        SuiteRun.get();
    }

    /** A scenario tagged with something the target cannot honour is reported as skipped, with the reason. */
    @Before(order = 0)
    public void skipWhatTheTargetCannotHonour(Scenario scenario) {
        Map<String, String> unsupported = SuiteRun.get().target().unsupportedTags();
        for (String tag : scenario.getSourceTagNames()) {
            String reason = unsupported.get(tag);
            if (reason != null) {
                throw new TestAbortedException("skipped on the " + SuiteRun.get().target().name() + " target: " + reason);
            }
        }
    }

    /**
     * Removes everything the run created, then checks the target holds nothing under the run's names: a
     * run that leaves something behind fails, whatever its scenarios did.
     */
    @AfterAll
    public static void tearDownTheRun() {
        SuiteRun run = SuiteRun.ifStarted();
        List<String> leftovers = run == null ? List.of() : run.tearDown();
        System.out.println("Cucumber reports: " + reports());
        if (!leftovers.isEmpty()) {
            throw new AssertionError("the run left behind what it created:\n  " + String.join("\n  ", leftovers));
        }
    }

    /**
     * Where this run's reports go: AcceptanceIT's (its {@code @ConfigurationParameter}s), unless whoever started
     * the run names others in {@value #REPORTS_PROPERTY} (the ITs that run the suite in a child JVM do).
     */
    private static String reports() {
        List<String> reports = List.of(System.getProperty(REPORTS_PROPERTY, ACCEPTANCE_IT_REPORTS).split(","));
        if (reports.size() == 1) {
            return reports.get(0);
        }
        return String.join(", ", reports.subList(0, reports.size() - 1)) + " and " + reports.get(reports.size() - 1);
    }
}
