package org.officeapi.emulator.lambda.runtime;

import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.model.LambdaFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lambda's Java runtimes (java17, java21) inside the embedded AWS. Each function gets execution
 * environments ({@link FunctionInstance}s) on demand: a cold start loads the deployment package into an
 * isolated class loader and instantiates the handler; the environment then stays warm and serves later
 * invocations, one at a time, as on AWS (concurrent invocations get environments of their own).
 * <p>
 * Every handler runs on a worker thread, and the caller stops waiting at the function's timeout (plus
 * Lambda's 10 s init allowance on a cold start), answers as Lambda does, interrupts the worker and
 * discards the environment, so that the next invocation starts cold, again as on AWS. A handler that
 * ignores interruption keeps its thread until it ends; the server goes on serving.
 * <p>
 * Limits: functions run in the embedded AWS's JVM, without a memory limit, environment variables or
 * isolation beyond class loading; they are trusted code, as code run by {@code mvn test} is.
 */
public final class JavaRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JavaRuntime.class);
    /** Lambda's init phase may take up to 10 s before the function's own timeout applies. */
    private static final long INIT_ALLOWANCE_MILLIS = 10_000;

    private final Clock clock;
    private final ExecutorService workers;
    /** warm environments by the code id of the function they belong to */
    private final Map<String, Environments> environments = new ConcurrentHashMap<>();

    public JavaRuntime(Clock clock) {
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lambda-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The warm environments of one function, and its package as read once. */
    private static final class Environments {
        final Deque<FunctionInstance> idle = new ConcurrentLinkedDeque<>();
        final byte[] zip;
        volatile CodeArchive archive;
        volatile boolean discarded;

        Environments(byte[] zip) {
            this.zip = zip;
        }

        CodeArchive archive() {
            CodeArchive read = archive;
            if (read == null) {
                synchronized (this) {
                    if (archive == null) {
                        archive = CodeArchive.read(zip);
                    }
                    read = archive;
                }
            }
            return read;
        }
    }

    /** Invokes {@code function} with {@code event} and waits for the answer, at most until the function's timeout. */
    public InvocationResult invoke(LambdaFunction function, byte[] event, String requestId) {
        Environments envs = environments.computeIfAbsent(function.code().codeId(), id -> new Environments(function.code().zip()));
        FunctionInstance warm = envs.idle.pollFirst();
        long timeoutMillis = function.timeoutSeconds() * 1000L;
        InvocationLog log = new InvocationLog(function.name(), requestId);
        AtomicReference<FunctionInstance> instance = new AtomicReference<>(warm);
        CompletableFuture<Long> ready = new CompletableFuture<>();
        long started = System.nanoTime();
        Future<FunctionInstance.Attempt> running = workers.submit(() -> {
            FunctionInstance env = warm;
            try {
                if (env == null) {
                    env = FunctionInstance.start(function.name(), envs.archive(), function.handler(), clock);
                    instance.set(env);
                }
            } finally {
                // the function's timeout runs from here; init had its own allowance
                ready.complete(System.nanoTime());
            }
            return env.invoke(event, new LambdaContexts.Invocation(requestId, function.name(), function.arn(),
                    function.memorySize(), env.logStream(), traceId(), clock.millis() + timeoutMillis, clock), log);
        });
        try {
            long invokedAt = warm == null ? ready.get(INIT_ALLOWANCE_MILLIS, TimeUnit.MILLISECONDS) : started;
            long left = timeoutMillis - (System.nanoTime() - invokedAt) / 1_000_000;
            FunctionInstance.Attempt attempt = running.get(Math.max(0, left), TimeUnit.MILLISECONDS);
            log.end(elapsedMillis(started), function.memorySize());
            if (attempt.reusable() && !envs.discarded) {
                envs.idle.offerFirst(instance.get());
            }
            return new InvocationResult(attempt.failed() ? InvocationResult.Outcome.FUNCTION_ERROR : InvocationResult.Outcome.SUCCESS,
                    attempt.payload(), log.tail());
        } catch (TimeoutException e) {
            running.cancel(true);
            log.end(elapsedMillis(started), function.memorySize());
            LOG.debug("{} timed out after {} s; its environment is discarded", function.name(), function.timeoutSeconds());
            return new InvocationResult(InvocationResult.Outcome.TIMEOUT, ErrorPayloads.timeout(requestId, function.timeoutSeconds()),
                    log.tail());
        } catch (ExecutionException e) {
            log.end(elapsedMillis(started), function.memorySize());
            if (e.getCause() instanceof UserFault fault) {
                // an init error: no environment survives it; the next invocation starts cold
                return new InvocationResult(InvocationResult.Outcome.FUNCTION_ERROR, ErrorPayloads.fault(fault), log.tail());
            }
            LOG.warn("the Java runtime failed invoking {}", function.arn(), e.getCause());
            return new InvocationResult(InvocationResult.Outcome.FUNCTION_ERROR, ErrorPayloads.thrown(e.getCause()), log.tail());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return new InvocationResult(InvocationResult.Outcome.TIMEOUT, ErrorPayloads.timeout(requestId, function.timeoutSeconds()),
                    log.tail());
        }
    }

    /** Invokes {@code function} in the background ({@code InvocationType: Event}); the answer is only logged. */
    public void invokeLater(LambdaFunction function, byte[] event, String requestId) {
        workers.submit(() -> {
            InvocationResult result = invoke(function, event, requestId);
            LOG.debug("asynchronous invocation {} of {} ended: {}", requestId, function.arn(), result.outcome());
        });
    }

    /** Forgets the environments of a function that is gone. */
    public void discard(LambdaFunction function) {
        Environments envs = environments.remove(function.code().codeId());
        if (envs != null) {
            envs.discarded = true;
            envs.idle.clear();
        }
    }

    public void discardAll() {
        environments.values().forEach(envs -> {
            envs.discarded = true;
            envs.idle.clear();
        });
        environments.clear();
    }

    /** How many warm environments {@code function} has; for tests of warm reuse. */
    public int warmEnvironments(LambdaFunction function) {
        Environments envs = environments.get(function.code().codeId());
        return envs == null ? 0 : envs.idle.size();
    }

    @Override
    public void close() {
        discardAll();
        workers.shutdownNow();
    }

    private String traceId() {
        long seconds = clock.millis() / 1000;
        return "Root=1-" + Long.toHexString(seconds) + "-" + HexFormat.of().formatHex(Ids.randomBytes(12))
                + ";Parent=" + HexFormat.of().formatHex(Ids.randomBytes(8)) + ";Sampled=0";
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
