package org.officeapi.bench.load;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.signin.RoleCredentials;
import org.officeapi.stack.ProvisionedStack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded burst of matrix calls: {@code calls} calls, rows of the matrix in turn, shared out among
 * {@code threads} threads that each call as fast as answers come. Every answer is checked; a call's time is
 * from signing to the whole body read.
 */
final class LoadRun {

    /** What a burst measured. */
    record Outcome(String client, int threads, int calls, long wallNanos, Latencies latencies, List<String> failures) {

        double callsPerSecond() {
            return calls / (wallNanos / 1e9);
        }
    }

    private final ProvisionedStack stack;
    private final Map<String, RoleCredentials> credentials;

    LoadRun(ProvisionedStack stack, Map<String, RoleCredentials> credentials) {
        this.stack = stack;
        this.credentials = credentials;
    }

    Outcome run(SignedClient client, int threads, int calls) throws InterruptedException {
        long[] nanos = new long[calls];
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    MatrixCall row = MatrixCall.MATRIX.get(i % MatrixCall.MATRIX.size());
                    long before = System.nanoTime();
                    try {
                        ApiAnswer answer = client.call(row.method(), row.path(), credentials.get(row.user()).credentials());
                        nanos[i] = System.nanoTime() - before;
                        row.mismatch(answer, stack).ifPresent(failures::add);
                    } catch (RuntimeException e) {
                        nanos[i] = System.nanoTime() - before;
                        failures.add(row + ": " + e);
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add("a worker failed: " + e.getCause());
            }
        }
        long wall = System.nanoTime() - started;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new Outcome(client.name(), threads, calls, wall, new Latencies(nanos), List.copyOf(failures));
    }
}
