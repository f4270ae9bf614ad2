package org.officeapi.target;

import java.time.Duration;

/**
 * Moves a target's clock, so that scenarios about expiry (tokens, credentials, signatures) run without
 * waiting. Only the embedded AWS has one: in-process through its clock, or standalone through its
 * {@code /_emulator/clock} endpoint when started with {@code --enable-clock-control}.
 */
public interface TimeMachine {

    void advance(Duration amount);

    /** Back to real time. */
    void reset();
}
