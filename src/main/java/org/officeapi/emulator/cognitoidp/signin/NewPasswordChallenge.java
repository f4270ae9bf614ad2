package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.ChallengeSession;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.PasswordPolicies;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to NEW_PASSWORD_REQUIRED: {@code USERNAME}, {@code NEW_PASSWORD} (held to the pool's policy),
 * optional {@code userAttributes.<name>} values (required for the attributes the challenge listed), and
 * SECRET_HASH for clients with a secret, together with the challenge's Session. The Session is used up only
 * by a successful answer, so a refused password can be corrected within the session's lifetime.
 */
public final class NewPasswordChallenge implements ChallengeResponder {

    private static final String ATTRIBUTE_PREFIX = "userAttributes.";

    private final SignInSteps steps;
    private final PasswordCredentials credentials;

    public NewPasswordChallenge(SignInSteps steps, PasswordCredentials credentials) {
        this.steps = steps;
        this.credentials = credentials;
    }

    @Override
    public AuthOutcome respond(ChallengeAnswer answer) {
        String sessionText = answer.session();
        if (sessionText == null) {
            throw CognitoIdpErrors.invalidSession();
        }
        ChallengeSession session = steps.store().challenge(sessionText)
                .filter(s -> s.pool().equals(answer.pool().ref()) && s.clientId().equals(answer.client().clientId())
                        && s.challengeName().equals(ChallengeNameType.NEW_PASSWORD_REQUIRED.toString()))
                .orElseThrow(CognitoIdpErrors::invalidSession);
        if (!answer.now().isBefore(session.expiresAt())) {
            steps.store().consumeChallenge(sessionText, session);
            throw CognitoIdpErrors.sessionExpired();
        }
        String username = SignInSteps.required(answer.responses(), "USERNAME");
        if (!answer.pool().usernameKey(username).equals(session.usernameKey())) {
            throw CognitoIdpErrors.invalidSession();
        }
        SecretHash.check(answer.client(), username, answer.responses().get("SECRET_HASH"));
        String newPassword = SignInSteps.required(answer.responses(), "NEW_PASSWORD");
        PasswordPolicies.violation(answer.pool().passwordPolicy(), newPassword).ifPresent(rule -> {
            throw CognitoIdpErrors.passwordDoesNotConform(rule);
        });
        Map<String, String> given = new LinkedHashMap<>();
        answer.responses().forEach((name, value) -> {
            if (name.startsWith(ATTRIBUTE_PREFIX)) {
                given.put(name.substring(ATTRIBUTE_PREFIX.length()), value);
            }
        });
        PoolScoped key = new PoolScoped(answer.pool().id(), session.usernameKey());
        User updated = steps.store().change(answer.pool().ref(), state -> {
            User user = state.users.get(key);
            if (user == null) {
                throw CognitoIdpErrors.userNotFound();
            }
            Map<String, String> attributes = UserAttributes.merge(answer.pool(), user.attributes(), given, false);
            List<String> missing = UserAttributes.missingRequired(answer.pool(), attributes);
            if (!missing.isEmpty()) {
                throw CognitoIdpErrors.attributesDoNotConform(missing.stream().map(n -> n + ": The attribute is required").toList());
            }
            if (!steps.store().consumeChallenge(sessionText, session)) {
                throw CognitoIdpErrors.invalidSession();
            }
            User changed = user.withAttributes(attributes, answer.now())
                    .withPassword(credentials.create(answer.pool().ref(), user.username(), newPassword), UserStatusType.CONFIRMED, answer.now());
            state.users.put(key, changed);
            return changed;
        });
        if (!updated.enabled()) {
            throw CognitoIdpErrors.userDisabled();
        }
        return steps.complete(answer.pool(), answer.client(), updated, answer.now());
    }
}
