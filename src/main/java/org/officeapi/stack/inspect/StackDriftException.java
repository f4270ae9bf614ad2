package org.officeapi.stack.inspect;

import org.officeapi.target.DeployedStackConfig;

import java.util.List;

/** The deployed stack does not match what the Background states; each line is one difference. */
public final class StackDriftException extends AssertionError {

    private final List<String> drift;

    public StackDriftException(DeployedStackConfig deployed, List<String> drift) {
        super("the deployed stack (" + deployed + ") differs from the Background in " + drift.size()
                + (drift.size() == 1 ? " way" : " ways") + ":\n  - " + String.join("\n  - ", drift));
        this.drift = List.copyOf(drift);
    }

    public List<String> drift() {
        return drift;
    }
}
