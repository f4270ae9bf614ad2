package org.officeapi.target;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * The clock a target's services judge by (requests are signed with it), and the time machine that moves it
 * where the target has one (never on real AWS).
 */
record TargetClock(Clock clock, Optional<TimeMachine> timeMachine) {

    /** The system's clock, which nothing here can move. */
    static TargetClock system() {
        return new TargetClock(Clock.systemUTC(), Optional.empty());
    }

    /**
     * The clock of an endpoint that may be a standalone embedded AWS with clock control (asked through its
     * {@code /_emulator/} endpoint); the system's clock when it is not, or when there is no endpoint (AWS's own).
     */
    static TargetClock at(URI endpoint) {
        Optional<EmulatorControl.RemoteClock> remote = endpoint == null ? Optional.empty() : new EmulatorControl(endpoint).clock();
        return remote.map(clock -> new TargetClock(clock, Optional.<TimeMachine>of(clock))).orElseGet(TargetClock::system);
    }
}
