package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.PasswordPolicies;
import org.officeapi.emulator.cognitoidp.signin.SecretHash;
import org.officeapi.emulator.cognitoidp.users.CodeDeliveries;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Self-service sign-up (unsigned calls that name only an app client): SignUp creates an UNCONFIRMED user with
 * a confirmation code, ConfirmSignUp confirms it with that code.
 *
 * <p>The emulator's rule for codes: AWS would send the code by email or SMS; the embedded AWS sends nothing.
 * Each sign-up gets a random six-digit code, valid 24 hours as AWS's are, which only the right code confirms.
 * A test reads it from the emulator-only endpoint
 * {@code GET /_emulator/cognito-idp/confirmation-code?userPoolId=…&username=…} (see
 * {@link ConfirmationCodeEndpoint}), or skips it with AdminConfirmSignUp.
 */
public final class SignUpService {

    /** How long a confirmation code stays valid. */
    static final Duration CODE_LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CognitoIdpStore store;
    private final PasswordCredentials credentials;

    public SignUpService(CognitoIdpStore store, PasswordCredentials credentials) {
        this.store = store;
        this.credentials = credentials;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html">SignUp</a> */
    public SignUpResponse signUp(SignUpRequest request, CallContext context) {
        Lookups.ClientInPool found = Lookups.byClientId(store, request.clientId());
        UserPool pool = found.pool();
        if (pool.description().adminCreateUserConfig() != null
                && Boolean.TRUE.equals(pool.description().adminCreateUserConfig().allowAdminCreateUserOnly())) {
            throw new AwsErrorException("NotAuthorizedException", 400, "SignUp is not permitted for this user pool");
        }
        SecretHash.check(found.client(), request.username(), request.secretHash());
        PasswordPolicies.violation(pool.passwordPolicy(), request.password()).ifPresent(rule -> {
            throw CognitoIdpErrors.passwordDidNotConform(rule);
        });
        Map<String, String> attributes = UserAttributes.merge(pool, Map.of(), UserAttributes.toMap(request.userAttributes()), true);
        UserAdminService.requireAll(pool, attributes);
        User user = store.change(pool.ref(), state -> {
            PoolScoped key = new PoolScoped(pool.id(), pool.usernameKey(request.username()));
            if (state.users.containsKey(key)) {
                throw CognitoIdpErrors.userExists();
            }
            User created = new User(request.username(), Ids.uuid(), attributes, UserStatusType.UNCONFIRMED, true,
                    credentials.create(pool.ref(), request.username(), request.password()), context.receivedAt(),
                    context.receivedAt(), context.receivedAt(), new User.PendingCode(newCode(), context.receivedAt()));
            state.users.put(key, created);
            return created;
        });
        SignUpResponse.Builder response = SignUpResponse.builder().userConfirmed(false).userSub(user.sub());
        CodeDeliveries.signUp(pool, user).ifPresent(response::codeDeliveryDetails);
        return response.build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html">ConfirmSignUp</a> */
    public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest request, CallContext context) {
        Lookups.ClientInPool found = Lookups.byClientId(store, request.clientId());
        UserPool pool = found.pool();
        SecretHash.check(found.client(), request.username(), request.secretHash());
        store.change(pool.ref(), state -> {
            PoolScoped key = new PoolScoped(pool.id(), pool.usernameKey(request.username()));
            User user = state.users.get(key);
            if (user == null) {
                throw found.client().preventsUserExistenceErrors() ? CognitoIdpErrors.codeMismatch() : CognitoIdpErrors.usernameClientNotFound();
            }
            if (user.status() != UserStatusType.UNCONFIRMED) {
                throw CognitoIdpErrors.cannotConfirm(user.status().toString());
            }
            User.PendingCode pending = user.confirmationCode();
            if (pending == null || !MessageDigest.isEqual(pending.code().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    request.confirmationCode().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                throw CognitoIdpErrors.codeMismatch();
            }
            if (!context.receivedAt().isBefore(pending.issuedAt().plus(CODE_LIFETIME))) {
                throw CognitoIdpErrors.codeExpired();
            }
            Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
            // the code went to the auto-verified address, so confirming it proves that address
            if (pool.autoVerifiedAttributes().contains("email") && attributes.containsKey("email")) {
                attributes.put("email_verified", "true");
            } else if (pool.autoVerifiedAttributes().contains("phone_number") && attributes.containsKey("phone_number")) {
                attributes.put("phone_number_verified", "true");
            }
            state.users.put(key, user.withAttributes(attributes, context.receivedAt())
                    .withStatus(UserStatusType.CONFIRMED, context.receivedAt()).withConfirmationCode(null));
            return null;
        });
        return ConfirmSignUpResponse.builder().build();
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
