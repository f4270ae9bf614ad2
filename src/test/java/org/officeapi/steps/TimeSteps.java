package org.officeapi.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.When;
import org.officeapi.target.TimeMachine;

import java.time.Duration;

/**
 * Time passing, without waiting: the target's clock is moved (scenarios tagged {@code @moves-time},
 * which run alone and which targets without a movable clock skip), and put back after the scenario.
 */
public final class TimeSteps {

    @When("an hour and a minute pass")
    public void anHourAndAMinutePass() {
        timeMachine().advance(Duration.ofMinutes(61));
    }

    @After("@moves-time")
    public void putTheClockBack() {
        SuiteRun.get().target().timeMachine().ifPresent(TimeMachine::reset);
    }

    private static TimeMachine timeMachine() {
        return SuiteRun.get().target().timeMachine().orElseThrow(() -> new IllegalStateException(
                "the scenario moves time but is not tagged @moves-time, so the target did not skip it"));
    }
}
