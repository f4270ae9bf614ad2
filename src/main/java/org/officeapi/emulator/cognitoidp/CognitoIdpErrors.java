package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.core.AwsErrorException;

import java.util.List;

/**
 * Cognito user pools' errors, each a fresh {@link AwsErrorException} with AWS's code (the SDK's exception
 * name), status 400 (every modelled Cognito client error is a 400) and message. Sources for the exact
 * strings are in reference/aws-semantics.md §1.9; strings no source confirmed carry an UNCONFIRMED note.
 */
public final class CognitoIdpErrors {

    private CognitoIdpErrors() {}

    private static AwsErrorException error(String code, String message) {
        return new AwsErrorException(code, 400, message);
    }

    // --- resources ----------------------------------------------------------------------------

    public static AwsErrorException userPoolNotFound(String poolId) {
        return error("ResourceNotFoundException", "User pool " + poolId + " does not exist.");
    }

    public static AwsErrorException clientNotFound(String clientId) {
        return error("ResourceNotFoundException", "User pool client " + clientId + " does not exist.");
    }

    /** Seen verbatim in AdminAddUserToGroup failures. */
    public static AwsErrorException groupNotFound() {
        return error("ResourceNotFoundException", "Group not found.");
    }

    /** UNCONFIRMED: the wording is the one emulators and user reports quote; AWS's punctuation unverified. */
    public static AwsErrorException groupExists() {
        return error("GroupExistsException", "A group with the name already exists");
    }

    public static AwsErrorException userNotFound() {
        return error("UserNotFoundException", "User does not exist.");
    }

    /** ConfirmSignUp's answer for an unknown user. */
    public static AwsErrorException usernameClientNotFound() {
        return error("UserNotFoundException", "Username/client id combination not found.");
    }

    /** AdminCreateUser's answer for a taken username. */
    public static AwsErrorException userAccountExists() {
        return error("UsernameExistsException", "User account already exists");
    }

    /** SignUp's answer for a taken username. */
    public static AwsErrorException userExists() {
        return error("UsernameExistsException", "User already exists");
    }

    // --- sign-in ------------------------------------------------------------------------------

    public static AwsErrorException incorrectUsernameOrPassword() {
        return error("NotAuthorizedException", "Incorrect username or password.");
    }

    public static AwsErrorException userNotConfirmed() {
        return error("UserNotConfirmedException", "User is not confirmed.");
    }

    /** UNCONFIRMED: wording from the moto emulator only. */
    public static AwsErrorException userDisabled() {
        return error("NotAuthorizedException", "User is disabled.");
    }

    /** UNCONFIRMED: wording seen in client code only. */
    public static AwsErrorException temporaryPasswordExpired() {
        return error("NotAuthorizedException", "Temporary password has expired and must be reset by an administrator.");
    }

    public static AwsErrorException secretHashMissing(String clientId) {
        return error("NotAuthorizedException", "Client " + clientId + " is configured with secret but SECRET_HASH was not received");
    }

    public static AwsErrorException secretHashMismatch(String clientId) {
        return error("NotAuthorizedException", "Unable to verify secret hash for client " + clientId);
    }

    /** UNCONFIRMED: "USER_PASSWORD_AUTH flow not enabled for this client" is quoted widely; other flows assumed alike. */
    public static AwsErrorException flowNotEnabled(String flow) {
        return error("InvalidParameterException", flow + " flow not enabled for this client");
    }

    /** UNCONFIRMED: the admin password flows' wording as users report it. */
    public static AwsErrorException authFlowNotEnabled() {
        return error("InvalidParameterException", "Auth flow not enabled for this client");
    }

    /** A flow the operation does not take, e.g. ADMIN_USER_PASSWORD_AUTH on InitiateAuth. */
    public static AwsErrorException initiateAuthMethodNotSupported() {
        return error("InvalidParameterException", "Initiate Auth method not supported.");
    }

    public static AwsErrorException missingParameter(String name) {
        return error("InvalidParameterException", "Missing required parameter " + name);
    }

    public static AwsErrorException invalidSession() {
        return error("NotAuthorizedException", "Invalid session for the user.");
    }

    public static AwsErrorException sessionExpired() {
        return error("NotAuthorizedException", "Invalid session for the user, session is expired.");
    }

    public static AwsErrorException invalidRefreshToken() {
        return error("NotAuthorizedException", "Invalid Refresh Token");
    }

    /** UNCONFIRMED wording. */
    public static AwsErrorException refreshTokenExpired() {
        return error("NotAuthorizedException", "Refresh Token has expired");
    }

    public static AwsErrorException refreshTokenRevoked() {
        return error("NotAuthorizedException", "Refresh Token has been revoked");
    }

    public static AwsErrorException invalidAccessToken() {
        return error("NotAuthorizedException", "Invalid Access Token");
    }

    public static AwsErrorException accessTokenExpired() {
        return error("NotAuthorizedException", "Access Token has expired");
    }

    public static AwsErrorException accessTokenRevoked() {
        return error("NotAuthorizedException", "Access Token has been revoked");
    }

    // --- token revocation (RevokeToken) --------------------------------------------------------
    // The exception types are the ones the model declares for RevokeToken and documents for these cases; AWS's
    // messages for them are UNCONFIRMED (the emulator's own wording, after the OAuth revoke endpoint's errors).

    /** UNCONFIRMED message: an unknown client, or a client secret missing or wrong (the revoke endpoint's invalid_client). */
    public static AwsErrorException invalidClient() {
        return error("UnauthorizedException", "Invalid client");
    }

    /** UNCONFIRMED message: a refresh token issued to another app client than the one named. */
    public static AwsErrorException tokenOfAnotherClient() {
        return error("UnauthorizedException", "The token was not issued to this client");
    }

    /** UNCONFIRMED message: the client's EnableTokenRevocation is false. */
    public static AwsErrorException tokenRevocationDisabled() {
        return error("UnsupportedOperationException", "Token revocation is not enabled for this client");
    }

    /** UNCONFIRMED message: an ID or access token where a refresh token belongs. */
    public static AwsErrorException unsupportedTokenType() {
        return error("UnsupportedTokenTypeException", "Only refresh tokens can be revoked");
    }

    /** A flow or challenge another part of the project will implement (USER_SRP_AUTH, PASSWORD_VERIFIER, …). */
    public static AwsErrorException notImplemented(String what) {
        return error("NotImplementedException", "The embedded AWS does not implement " + what + " yet.");
    }

    // --- passwords ----------------------------------------------------------------------------

    /** SignUp's wording. */
    public static AwsErrorException passwordDidNotConform(String rule) {
        return error("InvalidPasswordException", "Password did not conform with policy: " + rule);
    }

    /**
     * The wording of AdminSetUserPassword and of a NEW_PASSWORD_REQUIRED answer (observed for the latter);
     * UNCONFIRMED that AdminCreateUser's TemporaryPassword uses it too.
     */
    public static AwsErrorException passwordDoesNotConform(String rule) {
        return error("InvalidPasswordException", "Password does not conform to policy: " + rule);
    }

    // --- confirmation -------------------------------------------------------------------------

    public static AwsErrorException codeMismatch() {
        return error("CodeMismatchException", "Invalid verification code provided, please try again.");
    }

    public static AwsErrorException codeExpired() {
        return error("ExpiredCodeException", "Invalid code provided, please request a code again.");
    }

    public static AwsErrorException cannotConfirm(String status) {
        return error("NotAuthorizedException", "User cannot be confirmed. Current status is " + status);
    }

    /** ForgotPassword for a user with no verified email or phone number (an unconfirmed user has none), as widely quoted. */
    public static AwsErrorException noVerifiedContact() {
        return error("InvalidParameterException", "Cannot reset password for the user as there is no registered/verified email or phone_number");
    }

    /** ForgotPassword for a user who never chose a password (FORCE_CHANGE_PASSWORD), as widely quoted by client code. */
    public static AwsErrorException cannotResetPassword() {
        return error("NotAuthorizedException", "User password cannot be reset in the current state.");
    }

    // --- parameters ---------------------------------------------------------------------------

    public static AwsErrorException invalidParameter(String message) {
        return error("InvalidParameterException", message);
    }

    /** One line per offending attribute, each ending in a newline, as AWS words it. */
    public static AwsErrorException attributesDoNotConform(List<String> problems) {
        StringBuilder message = new StringBuilder("Attributes did not conform to the schema: ");
        problems.forEach(p -> message.append(p).append('\n'));
        return error("InvalidParameterException", message.toString());
    }

    public static AwsErrorException invalidTokenValidityRange() {
        return error("InvalidParameterException", "Invalid range for token validity");
    }

    /** ListUsers' answer for a filter it cannot read. */
    public static AwsErrorException invalidFilter() {
        return error("InvalidParameterException", "Error while parsing filter.");
    }

    /** UNCONFIRMED wording. */
    public static AwsErrorException invalidPaginationToken() {
        return error("InvalidParameterException", "Invalid pagination token.");
    }

    /** UNCONFIRMED wording. */
    public static AwsErrorException deletionProtected(String poolId) {
        return error("InvalidParameterException", "The user pool " + poolId + " cannot be deleted because deletion protection is activated.");
    }
}
