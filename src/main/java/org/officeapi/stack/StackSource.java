package org.officeapi.stack;

/** Where a run's stacks come from: created for the run, or found already deployed and checked against the spec. */
public interface StackSource {

    /** The stack for this spec; whatever is created records its undo in {@code teardown}. */
    ProvisionedStack obtain(StackSpec spec, Teardown teardown);
}
