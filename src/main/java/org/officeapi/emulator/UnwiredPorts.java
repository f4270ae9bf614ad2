package org.officeapi.emulator;

import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.IssuedCredentials;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.ports.RoleSessions;
import org.officeapi.emulator.ports.UserPoolKeys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stand-ins for ports whose services are not wired yet. They refuse honestly: no user pool has keys,
 * no role exists, nothing is trusted or allowed, no session is started. So a Cognito identity pool can
 * be created and configured, but no token verifies and no credentials are issued, until the real
 * implementations (cognito-idp's keys, IAM's roles and decisions, STS's sessions) replace them in
 * {@link ServiceWiring}.
 */
final class UnwiredPorts {

    private UnwiredPorts() {}

    static UserPoolKeys noUserPoolKeys() {
        return issuer -> Optional.empty();
    }

    static RoleDirectory noRoles() {
        return roleArn -> Optional.empty();
    }

    static AccessDecisions denyEverything() {
        return new AccessDecisions() {
            @Override
            public AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                                        Map<String, List<String>> context) {
                return new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, "IAM is not wired into this embedded AWS");
            }

            @Override
            public AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {
                return new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, "IAM is not wired into this embedded AWS");
            }
        };
    }

    static RoleSessions noSessions() {
        return new RoleSessions() {
            @Override
            public IssuedCredentials startWebIdentitySession(RoleRecord role, String sessionName, WebIdentity identity, Duration duration) {
                throw new IllegalStateException("STS is not wired into this embedded AWS");
            }
        };
    }
}
