package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.Evaluation;
import org.officeapi.emulator.auth.policy.PolicyEvaluator;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.auth.policy.PolicySource;
import org.officeapi.emulator.auth.policy.RequestContext;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.iam.model.History;
import org.officeapi.emulator.iam.model.ManagedPolicy;
import org.officeapi.emulator.iam.model.Role;
import org.officeapi.emulator.iam.model.RoleState;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM as the other services see it: roles by ARN and policy decisions. Unlike IAM's own APIs, these
 * see only what has propagated: with a propagation delay, a role or policy change younger than the
 * delay is not visible yet (a new role is not found, a new or changed policy does not take effect,
 * the previous state does), as while IAM propagates in AWS.
 */
public final class IamAccess implements RoleDirectory, AccessDecisions {

    private final IamStore store;
    private final Clock clock;

    public IamAccess(IamStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<RoleRecord> findRole(String roleArn) {
        return visibleRole(roleArn, now()).map(state -> record(state.role()));
    }

    @Override
    public AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                                Map<String, List<String>> context) {
        PolicySource trustPolicy = new PolicySource(role.name(), "resource", "the trust policy of role " + role.name(),
                RolePolicySources.parse(role.trustPolicy(), PolicyKind.TRUST));
        RequestContext request = RequestContext.builder()
                .action(action)
                .resource(role.arn())
                .principal(principalType, principal)
                .keys(context)
                .keysIfAbsent(CallerContextKeys.timeKeys(now()))
                .build();
        return decision(PolicyEvaluator.evaluate(List.of(trustPolicy), request));
    }

    @Override
    public AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {
        if (caller.isRoot()) {
            return new AccessDecision(AccessDecision.Outcome.ALLOWED, "the account root user may perform " + action);
        }
        if (caller.kind() != Caller.Kind.ASSUMED_ROLE || caller.roleArn() == null) {
            return new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, caller.arn() + " has no identity-based policies");
        }
        Instant now = now();
        Optional<RoleState> state = visibleRole(caller.roleArn(), now);
        if (state.isEmpty()) {
            return new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, "role " + caller.roleArn()
                    + " does not exist (or has not propagated yet), so no policy allows " + action);
        }
        String sessionRoleId = caller.principalId().split(":", 2)[0];
        if (!state.get().role().roleId().equals(sessionRoleId)) {
            return new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, "the session belongs to a deleted role "
                    + sessionRoleId + "; role " + caller.roleArn() + " is another role now");
        }
        String account = state.get().role().accountId();
        List<PolicySource> policies = RolePolicySources.of(state.get(), arn -> visiblePolicy(account, arn, now));
        RequestContext request = RequestContext.builder()
                .action(action)
                .resource(resourceArn)
                .keys(context)
                .keysIfAbsent(CallerContextKeys.of(caller, now))
                .build();
        return decision(PolicyEvaluator.evaluate(policies, request));
    }

    private static AccessDecision decision(Evaluation evaluation) {
        AccessDecision.Outcome outcome = switch (evaluation.decision()) {
            case ALLOWED -> AccessDecision.Outcome.ALLOWED;
            case EXPLICIT_DENY -> AccessDecision.Outcome.EXPLICIT_DENY;
            case IMPLICIT_DENY -> AccessDecision.Outcome.IMPLICIT_DENY;
        };
        return new AccessDecision(outcome, evaluation.reason());
    }

    private Optional<RoleState> visibleRole(String roleArn, Instant now) {
        Optional<IamArns.Parsed> arn = IamArns.parse(roleArn).filter(parsed -> parsed.type().equals("role"));
        if (arn.isEmpty()) {
            return Optional.empty();
        }
        History<RoleState> history = store.account(arn.get().account()).roles.get(IamStore.roleKey(arn.get().name()));
        return Optional.ofNullable(history == null ? null : visible(history, now))
                .filter(state -> state.role().path().equals(arn.get().path()));
    }

    private ManagedPolicy visiblePolicy(String account, String policyArn, Instant now) {
        History<ManagedPolicy> history = store.account(account).policies.get(policyArn);
        return history == null ? null : visible(history, now);
    }

    private <T> T visible(History<T> history, Instant now) {
        return store.propagationDelay().isZero() ? history.current() : history.asOf(now.minus(store.propagationDelay()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static RoleRecord record(Role role) {
        return new RoleRecord(role.accountId(), role.arn(), role.name(), role.path(), role.roleId(), role.trustPolicy(),
                role.maxSessionDuration(), role.createDate());
    }
}
