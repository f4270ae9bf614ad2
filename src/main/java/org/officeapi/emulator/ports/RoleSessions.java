package org.officeapi.emulator.ports;

import org.officeapi.emulator.core.WebIdentity;

import java.time.Duration;

/**
 * STS's role sessions, as Cognito identity pools ask for them (the enhanced flow calls
 * AssumeRoleWithWebIdentity on the caller's behalf). The trust policy has already been evaluated by
 * the caller of this port. Implemented by STS.
 */
public interface RoleSessions {

    IssuedCredentials startWebIdentitySession(RoleRecord role, String sessionName, WebIdentity identity, Duration duration);
}
