package org.officeapi.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stacks of one run, one per distinct spec: obtained (provisioned, or found and checked) the
 * first time a Background states it,
 * shared (read-only) by every scenario after, and torn down once at the end of the run in reverse
 * order, even when scenarios failed.
 */
public final class StackFixture {

    private final StackSource source;
    private final Teardown teardown;
    private final Map<StackSpec, ProvisionedStack> stacks = new LinkedHashMap<>();
    private final Map<StackSpec, RuntimeException> failures = new LinkedHashMap<>();

    public StackFixture(StackSource source, Teardown teardown) {
        this.source = source;
        this.teardown = teardown;
    }

    /**
     * The stack for this spec, provisioned on first use. A spec that failed to provision fails every
     * scenario that states it, with the same cause, without trying again.
     */
    public synchronized ProvisionedStack obtain(StackSpec spec) {
        RuntimeException failed = failures.get(spec);
        if (failed != null) {
            throw new IllegalStateException("the stack failed to provision earlier in this run: " + failed.getMessage(), failed);
        }
        ProvisionedStack stack = stacks.get(spec);
        if (stack == null) {
            try {
                stack = source.obtain(spec, teardown);
            } catch (RuntimeException e) {
                failures.put(spec, e);
                throw e;
            }
            stacks.put(spec, stack);
        }
        return stack;
    }

    public Teardown teardown() {
        return teardown;
    }

    /**
     * Removes everything the run created; returns what could not be removed. A stack still being
     * provisioned (the JVM is stopped mid-way) stops at its next step first, so that what it made so far
     * is removed too.
     */
    public List<String> tearDown() {
        teardown.close();
        synchronized (this) {
            List<String> leftovers = teardown.run();
            stacks.clear();
            return leftovers;
        }
    }
}
