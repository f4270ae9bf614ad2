package org.officeapi.stack;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Waits out IAM's eventual consistency: AWS documents that new roles and policies take a while to
 * take effect and gives no number (reference §3.5), so a call that fails the way AWS fails during
 * propagation is retried with growing pauses, up to a bound, with a progress line per retry.
 */
public final class Eventually {

    private final Duration limit;
    private final Progress progress;
    private final BooleanSupplier stopped;

    public Eventually(Duration limit, Progress progress) {
        this(limit, progress, () -> false);
    }

    /** @param stopped true once the run is being torn down: waiting stops, and the call fails */
    public Eventually(Duration limit, Progress progress, BooleanSupplier stopped) {
        this.limit = limit;
        this.progress = progress;
        this.stopped = stopped;
    }

    public <T> T call(String what, Predicate<Exception> whilePropagating, Callable<T> action) {
        long deadline = System.nanoTime() + limit.toNanos();
        long pauseMillis = 250;
        int attempt = 1;
        while (true) {
            try {
                return action.call();
            } catch (Exception e) {
                if (!whilePropagating.test(e) || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(what + " failed", e);
                }
                progress.note(what + ": " + reason(e) + " while IAM propagates, retry " + attempt++ + " in " + pauseMillis + " ms");
                pause(what, pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, 5_000);
            }
        }
    }

    public void run(String what, Predicate<Exception> whilePropagating, Runnable action) {
        call(what, whilePropagating, () -> {
            action.run();
            return null;
        });
    }

    /** AWS's error code, or what the exception says (e.g. an HTTP status the caller turned into one). */
    private static String reason(Exception e) {
        String code = AwsErrors.code(e);
        return code != null ? code : e.getMessage();
    }

    /** Sleeps, in slices short enough to notice at once that the run is being torn down. */
    private void pause(String what, long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            for (long left = millis; left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                if (stopped.getAsBoolean()) {
                    throw new IllegalStateException(what + ": stopped waiting, the run is being torn down");
                }
                Thread.sleep(Math.min(left, 50));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for IAM to propagate", e);
        }
    }
}
