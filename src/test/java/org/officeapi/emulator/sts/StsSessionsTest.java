package org.officeapi.emulator.sts;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.ports.IssuedCredentials;
import org.officeapi.emulator.ports.RoleRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The RoleSessions port (the identity pools' enhanced flow) and the credentials lookup behind SigV4. */
class StsSessionsTest {

    private final AwsClock clock = new AwsClock(Clock.fixed(Instant.parse("2030-01-01T00:00:00.250Z"), ZoneOffset.UTC));
    private final StsStore store = new StsStore();
    private final StsSessions sessions = new StsSessions(store, clock);
    private final RoleRecord role = new RoleRecord("000000000000", "arn:aws:iam::000000000000:role/office/CognitoRoleSecureApiUser",
            "CognitoRoleSecureApiUser", "/office/", "AROAEXAMPLEEXAMPLE234", "{}", 3600, clock.instant());
    private final WebIdentity identity = new WebIdentity("cognito-identity.amazonaws.com", "us-east-1:pool", "us-east-1:identity",
            List.of("authenticated", "cognito-idp.us-east-1.amazonaws.com/us-east-1_x"));

    @Test
    void aWebIdentitySessionIssuesTemporaryCredentialsOfTheAssumedRole() {
        IssuedCredentials issued = sessions.startWebIdentitySession(role, "CognitoIdentityCredentials", identity, Duration.ofHours(1));

        assertThat(issued.accessKeyId()).startsWith("ASIA").hasSize(20);
        assertThat(issued.secretAccessKey()).hasSize(40);
        assertThat(issued.sessionToken()).isNotBlank();
        assertThat(issued.expiration()).isEqualTo(Instant.parse("2030-01-01T01:00:00Z"));
        assertThat(issued.assumedRoleArn()).isEqualTo("arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials");
        assertThat(issued.assumedRoleId()).isEqualTo("AROAEXAMPLEEXAMPLE234:CognitoIdentityCredentials");
        assertThat(issued.toString()).doesNotContain(issued.secretAccessKey(), issued.sessionToken());
    }

    @Test
    void theSessionsKeyResolvesToTheSessionWithItsWebIdentity() {
        IssuedCredentials issued = sessions.startWebIdentitySession(role, "CognitoIdentityCredentials", identity, Duration.ofHours(1));

        SigningCredentials credentials = sessions.lookup(issued.accessKeyId()).orElseThrow();

        assertThat(credentials.secretKey()).isEqualTo(issued.secretAccessKey());
        assertThat(credentials.sessionToken()).isEqualTo(issued.sessionToken());
        assertThat(credentials.expiration()).isEqualTo(issued.expiration());
        Caller caller = credentials.caller();
        assertThat(caller.kind()).isEqualTo(Caller.Kind.ASSUMED_ROLE);
        assertThat(caller.arn()).isEqualTo(issued.assumedRoleArn());
        assertThat(caller.principalId()).isEqualTo(issued.assumedRoleId());
        assertThat(caller.roleArn()).isEqualTo(role.arn());
        assertThat(caller.accessKeyId()).isEqualTo(issued.accessKeyId());
        assertThat(caller.webIdentity()).isEqualTo(identity);
    }

    @Test
    void everySessionHasItsOwnKeysAndUnknownKeysResolveToNothing() {
        IssuedCredentials first = sessions.startWebIdentitySession(role, "a1", identity, Duration.ofHours(1));
        IssuedCredentials second = sessions.startWebIdentitySession(role, "a1", identity, Duration.ofHours(1));

        assertThat(first.accessKeyId()).isNotEqualTo(second.accessKeyId());
        assertThat(first.secretAccessKey()).isNotEqualTo(second.secretAccessKey());
        assertThat(first.sessionToken()).isNotEqualTo(second.sessionToken());
        assertThat(sessions.lookup("ASIAUNKNOWNUNKNOWN00")).isEmpty();

        store.reset();
        assertThat(sessions.lookup(first.accessKeyId())).isEmpty();
    }
}
