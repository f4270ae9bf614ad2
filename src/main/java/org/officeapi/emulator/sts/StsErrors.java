package org.officeapi.emulator.sts;

import org.officeapi.emulator.core.AwsErrorException;

import java.time.Instant;

/** STS's errors with AWS's codes, statuses and messages; UNCONFIRMED wordings are marked. */
final class StsErrors {

    private StsErrors() {}

    /** The trust policy refused, or the role does not exist (AWS does not tell the two apart). */
    static AwsErrorException notAuthorizedForWebIdentity() {
        return new AwsErrorException("AccessDenied", 403, "Not authorized to perform sts:AssumeRoleWithWebIdentity");
    }

    static AwsErrorException notAJwt() {
        return new AwsErrorException("InvalidIdentityToken", 400,
                "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)");
    }

    static AwsErrorException noProvider(String issuer) {
        return new AwsErrorException("InvalidIdentityToken", 400, "No OpenIDConnect provider found in your account for " + issuer);
    }

    static AwsErrorException noVerificationKey() {
        return new AwsErrorException("InvalidIdentityToken", 400, "Couldn't retrieve verification key from your identity provider,"
                + "  please reference AssumeRoleWithWebIdentity documentation for requirements");
    }

    // UNCONFIRMED
    static AwsErrorException badSignature() {
        return new AwsErrorException("InvalidIdentityToken", 400, "The web identity token's signature could not be verified.");
    }

    // UNCONFIRMED
    static AwsErrorException missingClaim(String claim) {
        return new AwsErrorException("InvalidIdentityToken", 400, "Missing a required claim: " + claim);
    }

    // UNCONFIRMED: the wording STS uses for OIDC providers; a Cognito token without aud is assumed to fail alike
    static AwsErrorException incorrectAudience() {
        return new AwsErrorException("InvalidIdentityToken", 400, "Incorrect token audience");
    }

    static AwsErrorException expired(Instant now, Instant expiry) {
        return new AwsErrorException("ExpiredTokenException", 400, "Token expired: current date/time " + now.getEpochSecond()
                + " must be before the expiration date/time " + expiry.getEpochSecond());
    }

    static AwsErrorException durationExceedsRoleMaximum() {
        return new AwsErrorException("ValidationError", 400,
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }

    static AwsErrorException sessionPoliciesNotSupported() {
        return new AwsErrorException("ValidationError", 400, "The embedded AWS does not support session policies.");
    }
}
