package org.officeapi.emulator.iam.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The states one IAM entity went through, each with the moment it was recorded; a null state means
 * the entity did not exist (deleted). IAM's own APIs read {@link #current()}; the services that use
 * IAM through its ports read {@link #asOf(Instant)} with the propagation delay subtracted, and so see
 * the state that has had time to propagate, as in AWS. Entries no reader can see any more are dropped.
 */
public final class History<T> {

    private record Entry<T>(Instant at, T state) {}

    private final List<Entry<T>> entries = new ArrayList<>();

    /** Records a new state (null for "gone") and forgets what is older than {@code keep} before it. */
    public synchronized void record(Instant at, T state, Duration keep) {
        entries.add(new Entry<>(at, state));
        Instant horizon = at.minus(keep);
        int lastVisible = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).at().isAfter(horizon)) {
                lastVisible = i;
            }
        }
        if (lastVisible > 0) {
            entries.subList(0, lastVisible).clear();
        }
    }

    /** The latest state, or null when the entity does not exist (now). */
    public synchronized T current() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).state();
    }

    /** The latest state recorded at or before {@code instant}, or null when there was none or it was "gone". */
    public synchronized T asOf(Instant instant) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!entries.get(i).at().isAfter(instant)) {
                return entries.get(i).state();
            }
        }
        return null;
    }
}
