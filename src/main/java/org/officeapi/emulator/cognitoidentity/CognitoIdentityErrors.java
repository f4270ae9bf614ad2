package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.core.AwsErrorException;

/**
 * Every error Cognito identity pools answer with, in AWS's words (reference §2.10). Each call makes a
 * fresh exception. Every modelled Cognito error is HTTP 400.
 */
final class CognitoIdentityErrors {

    static final String INVALID_LOGIN_TOKEN = "Invalid login token. ";

    private CognitoIdentityErrors() {}

    static AwsErrorException poolNotFound(String identityPoolId) {
        return new AwsErrorException("ResourceNotFoundException", 400, "IdentityPool '" + identityPoolId + "' not found.");
    }

    static AwsErrorException identityNotFound(String identityId) {
        return new AwsErrorException("ResourceNotFoundException", 400, "Identity '" + identityId + "' not found.");
    }

    static AwsErrorException unauthenticatedNotSupported() {
        return notAuthorized("Unauthenticated access is not supported for this identity pool.");
    }

    static AwsErrorException unsupportedProvider() {
        return notAuthorized("Token is not from a supported provider of this identity pool.");
    }

    /** Not a JWT at all: garbage, a truncated token, unparseable JSON. */
    static AwsErrorException notAnOpenIdToken() {
        return notAuthorized(INVALID_LOGIN_TOKEN + "Not a valid OpenId Connect identity token.");
    }

    static AwsErrorException unverifiableSignature() {
        return notAuthorized(INVALID_LOGIN_TOKEN + "Couldn't verify signed token.");
    }

    static AwsErrorException issuerMismatch() {
        return notAuthorized(INVALID_LOGIN_TOKEN + "Issuer doesn't match providerName");
    }

    static AwsErrorException missingClaim(String claim) {
        return notAuthorized(INVALID_LOGIN_TOKEN + "Missing a required claim: " + claim);
    }

    /** AWS prints the current time first, then {@code exp}, both in epoch seconds. */
    static AwsErrorException tokenExpired(long nowEpochSeconds, long expEpochSeconds) {
        return notAuthorized(INVALID_LOGIN_TOKEN + "Token expired: " + nowEpochSeconds + " >= " + expEpochSeconds);
    }

    /**
     * A ServerSideTokenCheck provider's token whose user was signed out, deleted or disabled. AWS documents "a 400 Not
     * Authorized error"; the message is UNCONFIRMED.
     */
    static AwsErrorException signedOut() {
        return notAuthorized(INVALID_LOGIN_TOKEN + "Token has been revoked.");
    }

    static AwsErrorException loginsDoNotMatch() {
        return notAuthorized("Logins don't match. Please include at least one valid login for this identity or identity pool.");
    }

    /** UNCONFIRMED trigger: AWS answers this for an authenticated identity used without its Logins. */
    static AwsErrorException identityForbidden(String identityId) {
        return notAuthorized("Access to Identity '" + identityId + "' is forbidden.");
    }

    static AwsErrorException ambiguousRoleDenied(String providerName) {
        return notAuthorized("The ambiguous role mapping rules for: " + providerName + " denied this request.");
    }

    static AwsErrorException roleForbidden(String role) {
        return notAuthorized("Access to Role '" + role + "' is forbidden.");
    }

    static AwsErrorException invalidPoolConfiguration() {
        return new AwsErrorException("InvalidIdentityPoolConfigurationException", 400,
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    static AwsErrorException classicFlowDisabled() {
        return invalidParameter("Basic (classic) flow is not enabled, please use enhanced flow.");
    }

    /** UNCONFIRMED exception type (the message was observed); InvalidParameterException as for the disabled flow. */
    static AwsErrorException classicFlowWithRoleMappings() {
        return invalidParameter("Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.");
    }

    static AwsErrorException invalidRoleMappingKey(String key) {
        return invalidParameter(key + " is not a valid RoleMapping ProviderName or is not a configured provider.");
    }

    static AwsErrorException invalidParameter(String message) {
        return new AwsErrorException("InvalidParameterException", 400, message);
    }

    static AwsErrorException notAuthorized(String message) {
        return new AwsErrorException("NotAuthorizedException", 400, message);
    }
}
