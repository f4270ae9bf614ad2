package org.officeapi.emulator.cognitoidp.srp;

/**
 * Why an SRP sign-in step was refused, with the AWS error the user-pool service should answer. The
 * codes are AWS's exception names; a message marked UNCONFIRMED is our best guess, not a quoted string.
 * "Incorrect username or password." and the TIMESTAMP message are quoted from AWS (see
 * reference/aws-semantics.md §1.9 and amazon-cognito-identity-js issue 683).
 */
public enum SrpFailure {

    /** SRP_A is missing, empty, not hex, or far longer than any number below N. */
    SRP_A_MALFORMED("InvalidParameterException", "SRP_A is invalid."), // UNCONFIRMED message

    /** SRP_A is hex but A mod N = 0 or A ≥ N: a value that would let the client skip the password. */
    SRP_A_OUT_OF_RANGE("InvalidParameterException", "SRP_A is invalid."), // UNCONFIRMED message

    /** TIMESTAMP cannot be read as {@code EEE MMM d HH:mm:ss UTC yyyy}. */
    TIMESTAMP_MALFORMED("InvalidParameterException", "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english."),

    /** TIMESTAMP is further from the server's clock than the configured window (off by default). */
    TIMESTAMP_SKEWED("NotAuthorizedException", "Incorrect username or password."), // UNCONFIRMED: AWS's check is unknown

    /** PASSWORD_CLAIM_SIGNATURE is missing or not base64. */
    SIGNATURE_MALFORMED("InvalidParameterException", "PASSWORD_CLAIM_SIGNATURE is invalid."), // UNCONFIRMED

    /** PASSWORD_CLAIM_SIGNATURE is base64 but not the 32 bytes of an HMAC-SHA256. */
    SIGNATURE_WRONG_LENGTH("NotAuthorizedException", "Incorrect username or password."), // UNCONFIRMED code

    /** The signature is not the one the password gives: wrong password, or anything signed differs. */
    SIGNATURE_MISMATCH("NotAuthorizedException", "Incorrect username or password."),

    /** The secret block is not one this embedded AWS sealed: garbled, truncated, tampered or foreign. */
    SECRET_BLOCK_INVALID("NotAuthorizedException", "Incorrect username or password."),

    /** The secret block was issued for another user pool or app client. */
    SECRET_BLOCK_MISMATCH("NotAuthorizedException", "Incorrect username or password."),

    /** The secret block is older than its lifetime (AWS wants the answer within seconds). */
    SECRET_BLOCK_EXPIRED("NotAuthorizedException", "Incorrect username or password."), // UNCONFIRMED message

    /** The secret block was already presented once; each is single use. */
    SECRET_BLOCK_REPLAYED("NotAuthorizedException", "Incorrect username or password."); // UNCONFIRMED message

    private final String awsErrorCode;
    private final String awsMessage;

    SrpFailure(String awsErrorCode, String awsMessage) {
        this.awsErrorCode = awsErrorCode;
        this.awsMessage = awsMessage;
    }

    /** The AWS exception name to answer with (HTTP 400 for all of them). */
    public String awsErrorCode() {
        return awsErrorCode;
    }

    /** The message to answer with. */
    public String awsMessage() {
        return awsMessage;
    }
}
