package org.officeapi.stack;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceNamesTest {

    private final ResourceNames run = new ResourceNames("abc12345", Instant.EPOCH);

    @Test
    void theFirstStackIsNamedAfterTheRun() {
        assertThat(run.of("CognitoRoleSecureAPIAdmin")).isEqualTo("oaa-abc12345-CognitoRoleSecureAPIAdmin");
        assertThat(run.lowerOf("Rose")).isEqualTo("oaa-abc12345-rose");
    }

    @Test
    void anotherStackOfTheRunHasNamesOfItsOwnThatTheRunStillOwns() {
        ResourceNames second = run.scoped("s2");

        assertThat(second.of("CognitoRoleSecureAPIAdmin")).isEqualTo("oaa-abc12345-s2-CognitoRoleSecureAPIAdmin")
                .isNotEqualTo(run.of("CognitoRoleSecureAPIAdmin"));
        assertThat(run.owns(second.of("CognitoRoleSecureAPIAdmin"))).isTrue();
        assertThat(second.runId()).isEqualTo(run.runId());
        assertThat(second.prefix()).isEqualTo(run.prefix());
    }
}
