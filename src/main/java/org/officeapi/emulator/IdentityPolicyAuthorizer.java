package org.officeapi.emulator;

import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.protocol.CallAuthorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authorizes a signed control-plane call by a non-root caller against the caller's identity-based
 * policies, as IAM does for every AWS API call, and words a refusal as AWS does (newer format):
 * {@code User: <arn> is not authorized to perform: <action> on resource: <arn> because no
 * identity-based policy allows the <action> action}, or {@code … with an explicit deny in an
 * identity-based policy}.
 */
final class IdentityPolicyAuthorizer implements CallAuthorizer {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityPolicyAuthorizer.class);

    private final AccessDecisions decisions;

    IdentityPolicyAuthorizer(AccessDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<String> denial(Caller caller, String action, String resourceArn) {
        AccessDecision decision = decisions.identity(caller, action, resourceArn, Map.<String, List<String>>of());
        if (decision.allowed()) {
            return Optional.empty();
        }
        LOG.debug("refused {} for {}: {}", action, caller.arn(), decision.reason());
        String refused = "User: " + caller.arn() + " is not authorized to perform: " + action + " on resource: " + resourceArn;
        return Optional.of(decision.outcome() == AccessDecision.Outcome.EXPLICIT_DENY
                ? refused + " with an explicit deny in an identity-based policy"
                : refused + " because no identity-based policy allows the " + action + " action");
    }
}
