package org.officeapi.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Map;

/** Run-wide hooks: skipping what the target cannot honour, and tearing the run down at the end. */
public final class Hooks {

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

    @AfterAll
    public static void tearDownTheRun() {
        SuiteRun run = SuiteRun.ifStarted();
        if (run != null) {
            List<String> leftovers = run.tearDown();
            if (!leftovers.isEmpty()) {
                System.out.println("[stack] could not delete:");
                leftovers.forEach(l -> System.out.println("[stack]   " + l));
            }
        }
        System.out.println("Cucumber reports: target/cucumber-reports/cucumber.html and target/cucumber-reports/cucumber-junit.xml");
    }
}
