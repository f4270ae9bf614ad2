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
 */
public final class Teardown {

    /** One undo step; {@code what} names the resource in reports. */
    public interface Step {
        void run() throws Exception;
    }

    private record Entry(String what, Step step) {}

    private final Deque<Entry> steps = new ArrayDeque<>();
    private final Predicate<Exception> alreadyGone;
    private final Progress progress;

    public Teardown(Predicate<Exception> alreadyGone, Progress progress) {
        this.alreadyGone = alreadyGone;
        this.progress = progress;
    }

    public synchronized void add(String what, Step step) {
        steps.push(new Entry(what, step));
    }

    /** Runs every step, newest first; returns what could not be deleted, with the reason. */
    public synchronized List<String> run() {
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
