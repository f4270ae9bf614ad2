package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.IssuedCredentials;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.ports.RoleSessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test doubles for the ports identity pools consume from IAM and STS. Roles exist once {@link #role}
 * creates them; a role trusts Cognito only for the identity pool and {@code amr} value given to
 * {@link #trustCognito} (the condition of reference §3.1, checked here as IAM would on that
 * statement); sessions are recorded and get {@code ASIA…} keys. Every question asked is kept, so that
 * tests can assert what identity pools told IAM and STS.
 */
final class FakeIamAndSts implements RoleDirectory, AccessDecisions, RoleSessions {

    static final String ACCOUNT = "000000000000";

    record TrustQuestion(String roleArn, String principalType, String principal, String action, Map<String, List<String>> context) {}

    record SessionRequest(String roleArn, String sessionName, WebIdentity identity, Duration duration) {}

    private record CognitoTrust(String identityPoolId, String amr) {}

    private final Clock clock;
    private final Map<String, RoleRecord> roles = new ConcurrentHashMap<>();
    private final Map<String, CognitoTrust> trusts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stsRefuses = new ConcurrentHashMap<>();
    final List<TrustQuestion> trustQuestions = new CopyOnWriteArrayList<>();
    final List<SessionRequest> sessions = new CopyOnWriteArrayList<>();

    FakeIamAndSts(Clock clock) {
        this.clock = clock;
    }

    String role(String name) {
        String arn = "arn:aws:iam::" + ACCOUNT + ":role/" + name;
        roles.put(arn, new RoleRecord(ACCOUNT, arn, name, "/", "AROA" + UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase(),
                "{}", 3600, clock.instant()));
        return arn;
    }

    void trustCognito(String roleArn, String identityPoolId, String amr) {
        trusts.put(roleArn, new CognitoTrust(identityPoolId, amr));
    }

    void stsRefuses(String roleArn) {
        stsRefuses.put(roleArn, true);
    }

    void clear() {
        roles.clear();
        trusts.clear();
        stsRefuses.clear();
        trustQuestions.clear();
        sessions.clear();
    }

    @Override
    public Optional<RoleRecord> findRole(String roleArn) {
        return Optional.ofNullable(roles.get(roleArn));
    }

    @Override
    public AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                                Map<String, List<String>> context) {
        trustQuestions.add(new TrustQuestion(role.arn(), principalType, principal, action, context));
        CognitoTrust trust = trusts.get(role.arn());
        boolean allowed = trust != null && principalType.equals("Federated") && principal.equals("cognito-identity.amazonaws.com")
                && action.equals("sts:AssumeRoleWithWebIdentity")
                && context.getOrDefault("cognito-identity.amazonaws.com:aud", List.of()).contains(trust.identityPoolId())
                && context.getOrDefault("cognito-identity.amazonaws.com:amr", List.of()).contains(trust.amr());
        return new AccessDecision(allowed ? AccessDecision.Outcome.ALLOWED : AccessDecision.Outcome.IMPLICIT_DENY, "test trust");
    }

    @Override
    public AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {
        throw new UnsupportedOperationException("identity pools never ask for identity-based decisions");
    }

    @Override
    public IssuedCredentials startWebIdentitySession(RoleRecord role, String sessionName, WebIdentity identity, Duration duration) {
        sessions.add(new SessionRequest(role.arn(), sessionName, identity, duration));
        if (stsRefuses.containsKey(role.arn())) {
            throw new AwsErrorException("AccessDenied", 403, "Not authorized to perform sts:AssumeRoleWithWebIdentity");
        }
        Instant expiration = clock.instant().plus(duration);
        return new IssuedCredentials("ASIA" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(),
                "secret-" + UUID.randomUUID(), "token-" + UUID.randomUUID(), expiration,
                "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + role.name() + "/" + sessionName, role.roleId() + ":" + sessionName);
    }
}
