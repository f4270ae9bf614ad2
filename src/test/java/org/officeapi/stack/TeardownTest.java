package org.officeapi.stack;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeardownTest {

    private static final class Gone extends RuntimeException {}

    @Test
    void undoesInReverseOrderAndReportsWhatItCouldNotDelete() {
        List<String> done = new ArrayList<>();
        Teardown teardown = new Teardown(e -> e instanceof Gone, Progress.quiet());
        teardown.add("function", () -> done.add("function"));
        teardown.add("api", () -> {
            throw new IllegalStateException("still in use");
        });
        teardown.add("pool", () -> {
            throw new Gone();
        });
        teardown.add("role", () -> done.add("role"));

        List<String> leftovers = teardown.run();

        assertThat(done).containsExactly("role", "function");
        assertThat(leftovers).containsExactly("api (IllegalStateException: still in use)");
        assertThat(teardown.isEmpty()).isTrue();
        assertThat(teardown.run()).as("a second run has nothing left to do").isEmpty();
    }

    @Test
    void whatIsRecordedAfterTheTeardownRanIsDeletedAtOnce() {
        List<String> done = new ArrayList<>();
        Teardown teardown = new Teardown(e -> e instanceof Gone, Progress.quiet());
        teardown.add("pool", () -> done.add("pool"));
        assertThat(teardown.isClosed()).isFalse();

        teardown.run();
        teardown.add("late user", () -> done.add("late user"));

        assertThat(teardown.isClosed()).isTrue();
        assertThat(done).containsExactly("pool", "late user");
        assertThat(teardown.isEmpty()).isTrue();
    }

    @Test
    void whatIsRecordedAfterClosingButBeforeTheRunWaitsForTheRun() {
        List<String> done = new ArrayList<>();
        Teardown teardown = new Teardown(e -> e instanceof Gone, Progress.quiet());
        teardown.add("pool", () -> done.add("pool"));

        teardown.close();
        teardown.add("client", () -> done.add("client"));
        assertThat(done).isEmpty();

        teardown.run();
        assertThat(done).containsExactly("client", "pool");
    }

    @Test
    void aClosedTeardownStopsProvisioningAndWaiting() {
        Teardown teardown = new Teardown(e -> e instanceof Gone, Progress.quiet());
        Provisioning p = new Provisioning(null, new ResourceNames("abc12345", java.time.Instant.EPOCH), "us-east-1", "000000000000",
                teardown, new Eventually(java.time.Duration.ofMinutes(1), Progress.quiet(), teardown::isClosed), Progress.quiet());
        teardown.close();

        assertThatThrownBy(() -> p.timed("role x", () -> "created")).hasMessage("not creating role x: the run is being torn down");
        assertThatThrownBy(() -> p.eventually().call("function f", e -> true, () -> {
            throw new IllegalStateException("not yet");
        })).hasMessage("function f: stopped waiting, the run is being torn down");
    }

    @Test
    void namesBelongToTheirRunOnly() {
        ResourceNames run = new ResourceNames("abc12345", java.time.Instant.EPOCH);
        ResourceNames other = new ResourceNames("zzz99999", java.time.Instant.EPOCH);

        assertThat(run.of("CognitoRoleSecureApiUser")).isEqualTo("oaa-abc12345-CognitoRoleSecureApiUser");
        assertThat(run.owns(run.of("x"))).isTrue();
        assertThat(run.owns(other.of("x"))).isFalse();
        assertThat(run.owns("CognitoRoleSecureApiUser")).isFalse();
    }

    @Test
    void passwordsSatisfyCognitosDefaultPolicy() {
        for (int i = 0; i < 100; i++) {
            String password = Passwords.generate();
            assertThat(password).hasSizeGreaterThanOrEqualTo(8).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*")
                    .matches(".*[^A-Za-z0-9].*");
        }
    }
}
