package org.officeapi.stack;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.calls.ApiCaller;
import org.officeapi.calls.CallSigning;
import org.officeapi.signin.CognitoSignIn;
import org.officeapi.signin.IdentityPoolExchange;
import org.officeapi.signin.RoleCredentials;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Waits until a fresh stack really works, as a user will use it: AWS creates roles and policies at once
 * but lets other services see them only after a while (reference §3.5). For each role of the spec, one
 * user whose groups make that role preferred signs in, trades the ID token for credentials (retried while
 * the identity pool cannot see the role yet: InvalidIdentityPoolConfigurationException) and calls one
 * method the role may invoke (retried while IAM does not apply the role's policy yet: 403
 * AccessDeniedException), all within the propagation limit. A stack that is not ready by then is reported
 * as such, and the scenarios report what fails; nothing is skipped.
 */
final class StackReadiness {

    /** The outcome: ready, or what was still not working when the limit passed. */
    record Outcome(List<String> notReady) {
        boolean ready() {
            return notReady.isEmpty();
        }
    }

    private final Provisioning p;
    private final Clock clock;
    private final Duration limit;

    StackReadiness(Provisioning p, Clock clock, Duration limit) {
        this.p = p;
        this.clock = clock;
        this.limit = limit;
    }

    Outcome check(ProvisionedStack stack) {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<String, String> preferringUsers = preferringUsers(stack.spec());
        List<String> notReady = new ArrayList<>();
        // in name order, so that runs print the same lines (the spec's map has no order of its own)
        for (RoleSpec role : stack.spec().roles().values().stream().sorted(Comparator.comparing(RoleSpec::name)).toList()) {
            String user = preferringUsers.get(role.name());
            if (user == null) {
                p.progress().note("readiness: no user of the stack prefers role " + role.name() + ", so nothing checks it");
                continue;
            }
            long started = System.nanoTime();
            Eventually eventually = new Eventually(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), p.progress(),
                    p.teardown()::isClosed);
            try {
                String what = checkRole(stack, role, user, eventually);
                p.progress().done("ready: role " + role.name() + " works for " + user + " (" + what + ")", started);
            } catch (RuntimeException e) {
                if (p.teardown().isClosed()) {
                    throw e;
                }
                String reason = "role " + role.name() + " for " + user + ": " + describe(e);
                p.progress().note("NOT READY after the IAM propagation limit of " + limit.toSeconds() + " s: " + reason);
                notReady.add(reason);
            }
        }
        return new Outcome(notReady);
    }

    private String checkRole(ProvisionedStack stack, RoleSpec role, String user, Eventually eventually) {
        UserAccount account = stack.user(user);
        String idToken = new CognitoSignIn(p.clients().cognitoIdp(), stack.userPoolId(), stack.clientId())
                .withPassword(account.username(), account.password()).tokens().idToken();
        IdentityPoolExchange exchange = new IdentityPoolExchange(p.clients().cognitoIdentity(), stack.identityPoolId(),
                stack.userPoolProviderName());
        // a role the identity pool cannot see yet makes the pool's configuration look invalid
        RoleCredentials credentials = eventually.call("readiness: credentials of role " + role.name() + " for " + user,
                e -> "InvalidIdentityPoolConfigurationException".equals(AwsErrors.code(e)), () -> exchange.credentials(idToken, null));
        if (stack.apiId() == null || role.mayInvoke().isEmpty()) {
            return "credentials";
        }
        ApiResource method = role.mayInvoke().get(0);
        String path = "/" + stack.stage() + method.path();
        CallSigning signing = new CallSigning.SigV4(credentials.credentials(), "execute-api", stack.region(), clock, false);
        ApiAnswer answer = eventually.call("readiness: " + method.method() + " " + path + " as role " + role.name(),
                e -> e instanceof NotAllowedYet, () -> allowedCall(stack, method, path, signing));
        return "credentials, " + method.method() + " " + path + " " + answer.status();
    }

    private static ApiAnswer allowedCall(ProvisionedStack stack, ApiResource method, String path, CallSigning signing) {
        ApiAnswer answer = new ApiCaller(stack.invokeUrl()).call(method.method(), path, signing);
        if (answer.status() == 403 && "AccessDeniedException".equals(answer.errorType())) {
            throw new NotAllowedYet();
        }
        if (answer.status() != 200 || (method.answer() != null && !method.answer().equals(answer.body()))) {
            throw new IllegalStateException(method.method() + " " + path + " answered " + answer.status()
                    + (answer.errorType() == null ? "" : " " + answer.errorType()) + " instead of 200"
                    + (method.answer() == null ? "" : " \"" + method.answer() + "\""));
        }
        return answer;
    }

    /** For each role, the first user of the spec whose groups make it the ID token's preferred role. */
    static Map<String, String> preferringUsers(StackSpec spec) {
        Map<String, String> users = new LinkedHashMap<>();
        for (UserSpec user : spec.users()) {
            preferredRole(spec, user).ifPresent(role -> users.putIfAbsent(role, user.name()));
        }
        return users;
    }

    /**
     * The role Cognito will put in {@code cognito:preferred_role}: that of the user's group with the lowest
     * precedence (a group with a precedence beats one without); none when the strongest groups carry
     * different roles.
     */
    static Optional<String> preferredRole(StackSpec spec, UserSpec user) {
        List<GroupSpec> withRole = user.groups().stream().map(spec::group).filter(g -> g.role() != null).toList();
        Integer strongest = withRole.stream().map(GroupSpec::precedence).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        List<String> roles = withRole.stream().filter(g -> Objects.equals(g.precedence(), strongest))
                .map(GroupSpec::role).distinct().toList();
        return roles.size() == 1 ? Optional.of(roles.get(0)) : Optional.empty();
    }

    private static String describe(RuntimeException e) {
        String code = AwsErrors.code(e);
        return code != null ? code + ": " + AwsErrors.message(e) : e.getMessage();
    }

    /** The API refused a method the role's policy allows: IAM has not applied the policy yet. */
    static final class NotAllowedYet extends RuntimeException {
        NotAllowedYet() {
            super("403 AccessDeniedException");
        }
    }
}
