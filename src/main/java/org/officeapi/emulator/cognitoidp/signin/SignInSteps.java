package org.officeapi.emulator.cognitoidp.signin;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.CognitoIdpStore;
import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.ChallengeSession;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.RefreshGrant;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.tokens.IssuedTokens;
import org.officeapi.emulator.cognitoidp.tokens.TokenIssuer;
import org.officeapi.emulator.cognitoidp.users.Memberships;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps every sign-in flow shares: reading its parameters, finding the user as the client's
 * PreventUserExistenceErrors setting says to, and, once the user has proven who they are, either the
 * NEW_PASSWORD_REQUIRED challenge or tokens (with a new sign-in session and refresh token).
 */
public final class SignInSteps {

    private final CognitoIdpStore store;

    public SignInSteps(CognitoIdpStore store) {
        this.store = store;
    }

    public CognitoIdpStore store() {
        return store;
    }

    /** A parameter the flow cannot go without. */
    public static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw CognitoIdpErrors.missingParameter(name);
        }
        return value;
    }

    /** The user, or AWS's answer for an unknown one: "User does not exist." (LEGACY) or the wrong-password answer (ENABLED). */
    public User findUser(UserPool pool, AppClient client, String username) {
        User user = store.region(pool.ref()).users.get(new PoolScoped(pool.id(), pool.usernameKey(username)));
        if (user == null) {
            throw unknownUser(client);
        }
        return user;
    }

    /** The user by username, if there is one. */
    public java.util.Optional<User> findUserIfAny(UserPool pool, String username) {
        return java.util.Optional.ofNullable(store.region(pool.ref()).users.get(new PoolScoped(pool.id(), pool.usernameKey(username))));
    }

    public static AwsErrorException unknownUser(AppClient client) {
        return client.preventsUserExistenceErrors() ? CognitoIdpErrors.incorrectUsernameOrPassword() : CognitoIdpErrors.userNotFound();
    }

    /** Checks a password the way the password flows do (the user is known to exist). */
    public void checkPassword(AppClient client, User user, String password) {
        // LEGACY clients say a user is unconfirmed even before looking at the password, as AWS does
        if (user.status() == UserStatusType.UNCONFIRMED && !client.preventsUserExistenceErrors()) {
            throw CognitoIdpErrors.userNotConfirmed();
        }
        if (!user.credential().matches(password)) {
            throw CognitoIdpErrors.incorrectUsernameOrPassword();
        }
        checkStatusAfterProof(user);
    }

    /** Once the password is proven (by itself or by SRP): an unconfirmed or disabled user still gets no tokens. */
    public void checkStatusAfterProof(User user) {
        if (user.status() == UserStatusType.UNCONFIRMED) {
            throw CognitoIdpErrors.userNotConfirmed();
        }
        if (!user.enabled()) {
            throw CognitoIdpErrors.userDisabled();
        }
    }

    /** After the user has proven who they are: the password change AWS demands, or tokens. */
    public AuthOutcome complete(UserPool pool, AppClient client, User user, Instant now) {
        if (user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
            Integer validDays = pool.passwordPolicy().temporaryPasswordValidityDays();
            if (validDays != null && validDays > 0 && !now.isBefore(user.passwordSetAt().plus(Duration.ofDays(validDays)))) {
                throw CognitoIdpErrors.temporaryPasswordExpired();
            }
            return newPasswordRequired(pool, client, user, now);
        }
        if (user.status() == UserStatusType.RESET_REQUIRED) {
            throw new AwsErrorException("PasswordResetRequiredException", 400, "Password reset required for the user");
        }
        return issueNew(pool, client, user, now);
    }

    private AuthOutcome newPasswordRequired(UserPool pool, AppClient client, User user, Instant now) {
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(256));
        store.saveChallenge(session, new ChallengeSession(pool.ref(), client.clientId(), pool.usernameKey(user.username()),
                ChallengeNameType.NEW_PASSWORD_REQUIRED.toString(), now.plus(client.authSessionLifetime())));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("USER_ID_FOR_SRP", user.username());
        parameters.put("requiredAttributes", JSONArrayUtils.toJSONString(
                UserAttributes.missingRequired(pool, user.attributes()).stream().map(n -> "userAttributes." + n).toList()));
        parameters.put("userAttributes", JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(user.attributes())));
        return new AuthOutcome.Challenge(ChallengeNameType.NEW_PASSWORD_REQUIRED.toString(), parameters, session);
    }

    /** Tokens from a new authentication: a new sign-in session, {@code auth_time} now, and a refresh token. */
    public AuthOutcome.Tokens issueNew(UserPool pool, AppClient client, User user, Instant now) {
        SignInSession session = new SignInSession(Ids.uuid(), pool.ref(), client.clientId(), pool.usernameKey(user.username()),
                user.sub(), now, false);
        store.saveSignIn(session);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(128));
        store.saveRefreshGrant(refreshToken, new RefreshGrant(session.originJti(), client.clientId(), now.plus(client.refreshTokenLifetime())));
        return new AuthOutcome.Tokens(reissue(pool, client, user, session, now), refreshToken);
    }

    /** Tokens for an existing sign-in session (a refresh): same {@code auth_time} and {@code origin_jti}. */
    public IssuedTokens reissue(UserPool pool, AppClient client, User user, SignInSession session, Instant now) {
        List<org.officeapi.emulator.cognitoidp.tokens.RoleClaims.GroupRole> groups =
                Memberships.groupRolesOf(store.region(pool.ref()), pool.id(), session.usernameKey());
        return TokenIssuer.issue(pool, client, user, groups, session, now);
    }
}
