package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.PasswordResetCode;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.PasswordPolicies;
import org.officeapi.emulator.cognitoidp.signin.SecretHash;
import org.officeapi.emulator.cognitoidp.users.CodeDeliveries;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Self-service password reset (unsigned calls that name only an app client): ForgotPassword sends a code to the
 * user's verified email or phone number, ConfirmForgotPassword sets a new password with it.
 *
 * <p>As for sign-up codes, the embedded AWS sends nothing: the six-digit code is read from the emulator-only
 * {@code GET /_emulator/cognito-idp/confirmation-code?userPoolId=…&username=…&purpose=forgot-password}
 * ({@link ConfirmationCodeEndpoint}). A new ForgotPassword replaces the pending code.
 */
public final class ForgotPasswordService {

    /** How long a password-reset code stays valid: one hour (UNCONFIRMED figure; sign-up codes live 24 hours). */
    static final Duration CODE_LIFETIME = Duration.ofHours(1);

    private final CognitoIdpStore store;
    private final PasswordCredentials credentials;

    public ForgotPasswordService(CognitoIdpStore store, PasswordCredentials credentials) {
        this.store = store;
        this.credentials = credentials;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html">ForgotPassword</a>:
     * refused for a disabled user, a user who never chose a password (FORCE_CHANGE_PASSWORD), and a user with no
     * verified address to send the code to (an unconfirmed user has none). An unknown user gets
     * "Username/client id combination not found." (LEGACY) or, under PreventUserExistenceErrors, an answer that
     * looks like a delivery (its made-up destination is UNCONFIRMED).
     */
    public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest request, CallContext context) {
        Lookups.ClientInPool found = Lookups.byClientId(store, request.clientId());
        UserPool pool = found.pool();
        AppClient client = found.client();
        SecretHash.check(client, request.username(), request.secretHash());
        CodeDeliveryDetailsType delivery = store.change(pool.ref(), state -> {
            PoolScoped key = new PoolScoped(pool.id(), pool.usernameKey(request.username()));
            User user = state.users.get(key);
            if (user == null) {
                if (client.preventsUserExistenceErrors()) {
                    return CodeDeliveryDetailsType.builder().destination("u***@e***").deliveryMedium("EMAIL").attributeName("email").build();
                }
                throw CognitoIdpErrors.usernameClientNotFound();
            }
            if (!user.enabled()) {
                throw CognitoIdpErrors.userDisabled();
            }
            if (user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
                throw CognitoIdpErrors.cannotResetPassword();
            }
            CodeDeliveryDetailsType to = CodeDeliveries.passwordReset(pool, user).orElseThrow(CognitoIdpErrors::noVerifiedContact);
            state.passwordResetCodes.put(key, new PasswordResetCode(SignUpService.newCode(), user.sub(), context.receivedAt()));
            return to;
        });
        return ForgotPasswordResponse.builder().codeDeliveryDetails(delivery).build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html">ConfirmForgotPassword</a>:
     * the pending code (CodeMismatchException, ExpiredCodeException after an hour), then the pool's password policy;
     * the new password replaces the user's SRP verifier and confirms the user (a RESET_REQUIRED user included). The code
     * is used up.
     */
    public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest request, CallContext context) {
        Lookups.ClientInPool found = Lookups.byClientId(store, request.clientId());
        UserPool pool = found.pool();
        SecretHash.check(found.client(), request.username(), request.secretHash());
        store.change(pool.ref(), state -> {
            PoolScoped key = new PoolScoped(pool.id(), pool.usernameKey(request.username()));
            User user = state.users.get(key);
            if (user == null) {
                throw found.client().preventsUserExistenceErrors() ? CognitoIdpErrors.codeMismatch() : CognitoIdpErrors.usernameClientNotFound();
            }
            if (!user.enabled()) {
                throw CognitoIdpErrors.userDisabled();
            }
            PasswordResetCode pending = state.passwordResetCodes.get(key);
            if (pending == null || !pending.sub().equals(user.sub())
                    || !MessageDigest.isEqual(pending.code().getBytes(StandardCharsets.UTF_8), request.confirmationCode().getBytes(StandardCharsets.UTF_8))) {
                throw CognitoIdpErrors.codeMismatch();
            }
            if (!context.receivedAt().isBefore(pending.issuedAt().plus(CODE_LIFETIME))) {
                throw CognitoIdpErrors.codeExpired();
            }
            PasswordPolicies.violation(pool.passwordPolicy(), request.password()).ifPresent(rule -> {
                throw CognitoIdpErrors.passwordDoesNotConform(rule);
            });
            state.users.put(key, user.withPassword(credentials.create(pool.ref(), user.username(), request.password()),
                    UserStatusType.CONFIRMED, context.receivedAt()));
            state.passwordResetCodes.remove(key);
            return null;
        });
        return ConfirmForgotPasswordResponse.builder().build();
    }
}
