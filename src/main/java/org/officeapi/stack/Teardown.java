package org.officeapi.stack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a run created, as the undo steps to remove it, run in reverse order of creation. Running it
 * twice is harmless: a step that finds its resource gone counts as done. It reports whatever it could
 * not delete instead of stopping at the first failure.
 *
 * <p>Once closed (the run ends, or the JVM is being stopped), work still in flight must create nothing
 * more: provisioning asks {@link #isClosed()} before each step and stops, and a resource whose undo
 * step arrives after the teardown has run is deleted at once instead of being left behind.
 */
public final class Teardown {

    /** One undo step; {@code what} names the resource in reports. */
    public interface Step {
        void run() throws Exception;
    }

    private record Entry(String what, Step step) {}

    private final Deque<Entry> steps = new ArrayDeque<>();
    private volatile boolean closed;
    /** The teardown has run (under this object's lock): what is recorded now is removed at once. */
    private boolean ran;
    private final Predicate<Exception> alreadyGone;
    private final Progress progress;

    public Teardown(Predicate<Exception> alreadyGone, Progress progress) {
        this.alreadyGone = alreadyGone;
        this.progress = progress;
    }

    /** Records how to remove what was just created; after the teardown has run, removes it at once. */
    public synchronized void add(String what, Step step) {
        steps.push(new Entry(what, step));
        if (ran) {
            List<String> leftovers = run();
            leftovers.forEach(l -> progress.note("could not delete, created while the run was being torn down: " + l));
        }
    }

    /** Nothing more may be created: the run is ending. Safe to call from any thread, without waiting. */
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the teardown, runs every step, newest first; returns what could not be deleted, with the reason. */
    public synchronized List<String> run() {
        closed = true;
        ran = true;
        List<String> leftovers = new ArrayList<>();
        while (!steps.isEmpty()) {
            Entry entry = steps.pop();
            long started = System.nanoTime();
            try {
                entry.step().run();
                progress.done("deleted " + entry.what(), started);
            } catch (Exception e) {
                if (alreadyGone.test(e)) {
                    progress.done("already gone: " + entry.what(), started);
                } else {
                    leftovers.add(entry.what() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            }
        }
        return leftovers;
    }

    public synchronized boolean isEmpty() {
        return steps.isEmpty();
    }
}
