package org.officeapi.steps;

import org.officeapi.stack.AwsErrors;
import org.officeapi.stack.Leftovers;
import org.officeapi.stack.Progress;
import org.officeapi.stack.ResourceNames;
import org.officeapi.stack.StackFixture;
import org.officeapi.stack.StackProvisioner;
import org.officeapi.stack.StackSource;
import org.officeapi.stack.StackVariants;
import org.officeapi.stack.Teardown;
import org.officeapi.stack.inspect.StackInspector;
import org.officeapi.target.ExistingTarget;
import org.officeapi.target.Target;
import org.officeapi.target.Targets;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What lives for the whole run: the target, chosen once, and the stacks provisioned on it. Created
 * on first use (a target that cannot start fails that first scenario, and every one after, with its
 * reason), torn down by {@link Hooks#tearDownTheRun()} or, if the JVM is stopped first, by a shutdown hook.
 */
public final class SuiteRun {

    private static SuiteRun instance;
    private static RuntimeException startFailure;

    private final Target target;
    private final StackFixture stacks;
    private final StackVariants variants;
    private final ResourceNames names;
    private boolean tornDown;

    private SuiteRun(Target target) {
        this.target = target;
        ResourceNames names = ResourceNames.newRun(Instant.now());
        Progress progress = new Progress(System.out, Boolean.parseBoolean(System.getProperty("stack.progress", "true")));
        Path lambdaZip = Path.of(System.getProperty("office.lambda.zip", "target/office-api-lambda.zip"));
        Duration propagation = Duration.parse(System.getProperty("iam.propagation.limit", "PT2M"));
        StackProvisioner provisioner = new StackProvisioner(target, names, lambdaZip, progress, propagation);
        StackSource source = target instanceof ExistingTarget existing ? new StackInspector(target, existing.stack()) : provisioner;
        Teardown teardown = new Teardown(AwsErrors::isNotFound, progress);
        this.stacks = new StackFixture(source, teardown);
        this.variants = new StackVariants(target.clients(), names, teardown);
        this.names = names;
    }

    public static synchronized SuiteRun get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            try {
                instance = new SuiteRun(Targets.fromSystemProperties());
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            // the JVM stopped before the run ended (Ctrl-C, SIGTERM from CI): remove what it created all the same
            Runtime.getRuntime().addShutdownHook(new Thread(SuiteRun::tearDownOnShutdown, "suite-teardown"));
        }
        return instance;
    }

    private static void tearDownOnShutdown() {
        SuiteRun run = ifStarted();
        if (run == null || run.tornDown()) {
            return;
        }
        System.out.println("[stack] the JVM is stopping before the run ended: tearing the run down");
        List<String> leftovers = run.tearDown();
        leftovers.forEach(l -> System.out.println("[stack] could not delete: " + l));
        System.out.flush();
    }

    /** The run, if it started (teardown must not start a target just to stop it). */
    static synchronized SuiteRun ifStarted() {
        return instance;
    }

    public Target target() {
        return target;
    }

    public StackFixture stacks() {
        return stacks;
    }

    /** Creates what a scenario needs of its own (scenarios tagged @creates-resources, which the existing target skips). */
    public StackVariants variants() {
        return variants;
    }

    /** The run's names: everything it creates starts with {@code oaa-<runId>-}. */
    public ResourceNames names() {
        return names;
    }

    private synchronized boolean tornDown() {
        return tornDown;
    }

    /**
     * Removes what the run created and stops the target; returns what could not be removed. Idempotent.
     * Not synchronized while it waits: a stack being provisioned in another thread is stopped first
     * ({@link StackFixture#tearDown()}).
     */
    public List<String> tearDown() {
        synchronized (this) {
            if (tornDown) {
                return List.of();
            }
            tornDown = true;
        }
        List<String> leftovers = new java.util.ArrayList<>(stacks.tearDown());
        if (target.provisions() && leftovers.isEmpty()) {
            // trust, but verify: list what the target still holds under this run's names
            new Leftovers(target.clients(), Leftovers.ofRun(names)).find()
                    .forEach(leftover -> leftovers.add(leftover.what() + " (still there after teardown)"));
        }
        target.close();
        return leftovers;
    }
}
