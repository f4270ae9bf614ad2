package org.officeapi.emulator.ports;

import org.officeapi.emulator.core.Caller;

import java.util.List;
import java.util.Map;

/** IAM's policy evaluation, as other services ask for it. Implemented by IAM. */
public interface AccessDecisions {

    /**
     * May this principal assume the role? Evaluates the role's trust policy for {@code action}
     * (e.g. {@code sts:AssumeRoleWithWebIdentity}) with the given principal (type {@code Federated},
     * {@code Service} or {@code AWS}) and request context keys (e.g.
     * {@code cognito-identity.amazonaws.com:aud} → [identity pool id]).
     */
    AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                         Map<String, List<String>> context);

    /**
     * May this caller perform {@code action} on {@code resourceArn}? Evaluates the identity-based
     * policies of the caller's role (inline and attached), explicit deny over allow over implicit
     * deny. The account root is always allowed.
     */
    AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context);
}
