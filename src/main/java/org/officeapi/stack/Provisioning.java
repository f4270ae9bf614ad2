package org.officeapi.stack;

import org.officeapi.target.AwsClients;

import java.util.Map;

/**
 * What every provisioning step shares: the clients, the run's names and tags, where the stack lives,
 * the teardown it records its undo steps in, the IAM-propagation waiting and the progress lines.
 */
record Provisioning(AwsClients clients, ResourceNames names, String region, String accountId, Teardown teardown,
                    Eventually eventually, Progress progress) {

    /** Tags naming the run and its start time, on everything that takes tags. */
    Map<String, String> tags() {
        return Map.of(ResourceNames.RUN_TAG, names.runId(), ResourceNames.STARTED_TAG, names.startedAt().toString());
    }

    /** Creates something, unless the run is being torn down (then nothing more may be created). */
    <T> T timed(String what, java.util.function.Supplier<T> action) {
        if (teardown.isClosed()) {
            throw new IllegalStateException("not creating " + what + ": the run is being torn down");
        }
        long started = System.nanoTime();
        T result = action.get();
        progress.done("created " + what, started);
        return result;
    }
}
