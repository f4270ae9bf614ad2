package org.officeapi.emulator.iam;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.RoleRecord;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreatePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRoleRequest;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IAM's propagation delay, on the clock: while a change is younger than the delay, the ports show
 * the state before it (a new role is not found, a new policy does not apply, a removed one still
 * does), and IAM's own APIs show the change at once.
 */
class IamPropagationTest {

    private static final Duration DELAY = Duration.ofSeconds(10);
    private static final String ACCOUNT = "000000000000";
    private static final String ROLE_ARN = "arn:aws:iam::000000000000:role/office-user";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"}}";
    private static final String ALLOW_GET_ROLE = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}}";
    private static final String DENY_GET_ROLE = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\","
            + "\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}}";

    private final AwsClock clock = new AwsClock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    private final class Iam {
        final IamStore store;
        final IamRoles roles;
        final IamRolePolicies inline;
        final IamManagedPolicies managed;
        final IamAccess access;

        Iam(Duration delay) {
            store = new IamStore(delay);
            roles = new IamRoles(store);
            inline = new IamRolePolicies(roles);
            managed = new IamManagedPolicies(store, roles);
            access = new IamAccess(store, clock);
        }

        CallContext now() {
            return new CallContext("request", ACCOUNT, "aws-global", Caller.root(ACCOUNT, "test"), "127.0.0.1", "test", clock.instant());
        }

        String createRole() {
            return roles.createRole(CreateRoleRequest.builder().roleName("office-user").assumeRolePolicyDocument(TRUST).build(), now())
                    .role().roleId();
        }

        AccessDecision.Outcome getRoleAs(String roleId) {
            Caller session = new Caller(Caller.Kind.ASSUMED_ROLE, ACCOUNT, "arn:aws:sts::000000000000:assumed-role/office-user/s",
                    roleId + ":s", "ASIAEXAMPLEEXAMPLE00", ROLE_ARN, null);
            return access.identity(session, "iam:GetRole", ROLE_ARN, Map.of()).outcome();
        }

        void put(String name, String document) {
            inline.putRolePolicy(PutRolePolicyRequest.builder().roleName("office-user").policyName(name).policyDocument(document).build(), now());
        }
    }

    @Test
    void aNewRoleIsNotFoundUntilItHasPropagated() {
        Iam iam = new Iam(DELAY);
        iam.createRole();

        assertThat(iam.access.findRole(ROLE_ARN)).isEmpty();
        assertThat(iam.roles.getRole(GetRoleRequest.builder().roleName("office-user").build(), iam.now()).role().arn()).isEqualTo(ROLE_ARN);

        clock.advance(DELAY.minusMillis(1));
        assertThat(iam.access.findRole(ROLE_ARN)).isEmpty();

        clock.advance(Duration.ofMillis(1));
        assertThat(iam.access.findRole(ROLE_ARN)).map(RoleRecord::name).contains("office-user");
    }

    @Test
    void withoutADelayEveryChangeIsVisibleAtOnce() {
        Iam iam = new Iam(Duration.ZERO);
        String roleId = iam.createRole();
        iam.put("read", ALLOW_GET_ROLE);

        assertThat(iam.access.findRole(ROLE_ARN)).isPresent();
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.ALLOWED);
    }

    @Test
    void aNewInlinePolicyTakesEffectOnlyOnceItHasPropagated() {
        Iam iam = new Iam(DELAY);
        String roleId = iam.createRole();
        clock.advance(Duration.ofMinutes(1));

        iam.put("read", ALLOW_GET_ROLE);

        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.IMPLICIT_DENY);
        clock.advance(DELAY);
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.ALLOWED);
    }

    @Test
    void theStateBeforeAChangeStaysInEffectWhileTheChangePropagates() {
        Iam iam = new Iam(DELAY);
        String roleId = iam.createRole();
        iam.put("read", ALLOW_GET_ROLE);
        clock.advance(Duration.ofMinutes(1));

        iam.put("read", DENY_GET_ROLE);
        clock.advance(Duration.ofSeconds(5));
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.ALLOWED);

        iam.inline.deleteRolePolicy(DeleteRolePolicyRequest.builder().roleName("office-user").policyName("read").build(), iam.now());
        clock.advance(Duration.ofSeconds(5));
        // the deny has propagated, its deletion has not
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.EXPLICIT_DENY);

        clock.advance(Duration.ofSeconds(5));
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.IMPLICIT_DENY);
    }

    @Test
    void attachingAndDetachingManagedPoliciesPropagateToo() {
        Iam iam = new Iam(DELAY);
        String roleId = iam.createRole();
        String arn = iam.managed.createPolicy(CreatePolicyRequest.builder().policyName("read").policyDocument(ALLOW_GET_ROLE).build(),
                iam.now()).policy().arn();
        clock.advance(Duration.ofMinutes(1));

        iam.managed.attachRolePolicy(AttachRolePolicyRequest.builder().roleName("office-user").policyArn(arn).build(), iam.now());
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.IMPLICIT_DENY);
        clock.advance(DELAY);
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.ALLOWED);

        iam.managed.detachRolePolicy(DetachRolePolicyRequest.builder().roleName("office-user").policyArn(arn).build(), iam.now());
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.ALLOWED);
        clock.advance(DELAY);
        assertThat(iam.getRoleAs(roleId)).isEqualTo(AccessDecision.Outcome.IMPLICIT_DENY);
    }

    @Test
    void aTrustPolicyChangeAndADeletionPropagate() {
        Iam iam = new Iam(DELAY);
        iam.createRole();
        clock.advance(Duration.ofMinutes(1));
        String other = TRUST.replace("cognito-identity.amazonaws.com", "accounts.google.com");

        iam.roles.updateAssumeRolePolicy(UpdateAssumeRolePolicyRequest.builder().roleName("office-user").policyDocument(other).build(), iam.now());
        assertThat(iam.access.findRole(ROLE_ARN)).map(RoleRecord::trustPolicy).contains(TRUST);
        clock.advance(DELAY);
        assertThat(iam.access.findRole(ROLE_ARN)).map(RoleRecord::trustPolicy).contains(other);

        iam.roles.deleteRole(DeleteRoleRequest.builder().roleName("office-user").build(), iam.now());
        assertThat(iam.access.findRole(ROLE_ARN)).isPresent();
        clock.advance(DELAY);
        assertThat(iam.access.findRole(ROLE_ARN)).isEmpty();
    }

    @Test
    void aSessionOfADeletedRoleIsNotASessionOfARoleRecreatedWithItsName() {
        Iam iam = new Iam(Duration.ZERO);
        String oldRoleId = iam.createRole();
        iam.roles.deleteRole(DeleteRoleRequest.builder().roleName("office-user").build(), iam.now());
        iam.createRole();
        iam.put("read", ALLOW_GET_ROLE);

        assertThat(iam.getRoleAs(oldRoleId)).isEqualTo(AccessDecision.Outcome.IMPLICIT_DENY);
    }

    @Test
    void theTrustDecisionCarriesItsReason() {
        Iam iam = new Iam(Duration.ZERO);
        iam.createRole();
        RoleRecord role = iam.access.findRole(ROLE_ARN).orElseThrow();

        AccessDecision allowed = iam.access.trust(role, "Federated", "cognito-identity.amazonaws.com", "sts:AssumeRoleWithWebIdentity", Map.of());
        AccessDecision refused = iam.access.trust(role, "Federated", "accounts.google.com", "sts:AssumeRoleWithWebIdentity",
                Map.of("cognito-identity.amazonaws.com:amr", List.of("authenticated")));

        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.reason()).contains("statement #1 of the trust policy of role office-user");
        assertThat(refused.outcome()).isEqualTo(AccessDecision.Outcome.IMPLICIT_DENY);
        assertThat(refused.reason()).isEqualTo("no statement allows sts:AssumeRoleWithWebIdentity on " + ROLE_ARN);
    }

    @Test
    void theRootIsAlwaysAllowedAndTheReasonSaysWhy() {
        Iam iam = new Iam(Duration.ZERO);

        AccessDecision decision = iam.access.identity(Caller.root(ACCOUNT, "test"), "iam:DeleteRole", ROLE_ARN, Map.of());

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reason()).contains("root");
    }
}
