package org.officeapi.emulator.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded AWS's one source of time: token lifetimes, credential expiry and signature skew are all
 * judged against it. It follows the system clock shifted by an offset, so that scenarios about expiry
 * move time forward instead of waiting. Real AWS has no such handle; nothing outside the embedded AWS
 * should depend on it.
 */
public final class AwsClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public AwsClock() {
        this(Clock.systemUTC());
    }

    public AwsClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    /** Moves the clock forward (or back, for a negative amount) relative to where it is now. */
    public void advance(Duration amount) {
        offset.updateAndGet(current -> current.plus(amount));
    }

    /** Makes the clock read {@code instant} now and keep running from there. */
    public void set(Instant instant) {
        offset.set(Duration.between(system.instant(), instant));
    }

    /** Back to the system clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the embedded AWS keeps time in UTC");
    }
}
