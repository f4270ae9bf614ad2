package org.officeapi.emulator.auth.sigv4;

/**
 * Why a request's signature was refused. Each protocol reports a kind under its own code and status
 * (a JSON service says {@code UnrecognizedClientException}, a query service {@code InvalidClientTokenId},
 * API Gateway a 403 with {@code x-amzn-ErrorType}); the message is AWS's and the same everywhere.
 */
public final class SignatureFailure extends RuntimeException {

    public enum Kind {
        /** No Authorization header and no presigned query. */
        MISSING_AUTHENTICATION_TOKEN,
        /** An Authorization header that is not a complete SigV4 one. */
        INCOMPLETE_SIGNATURE,
        /** Wrong signature, or a credential scope that does not fit the request. */
        INVALID_SIGNATURE,
        /** X-Amz-Date too far from the server's clock (AWS reports it as an invalid signature). */
        SIGNATURE_EXPIRED,
        /** Unknown access key, or a session token missing or not matching. */
        UNRECOGNIZED_CLIENT,
        /** Temporary credentials past their expiry. */
        EXPIRED_TOKEN
    }

    public static final String MISSING_TOKEN_MESSAGE = "Missing Authentication Token";
    public static final String INVALID_TOKEN_MESSAGE = "The security token included in the request is invalid.";
    public static final String EXPIRED_TOKEN_MESSAGE = "The security token included in the request is expired";
    public static final String SIGNATURE_MISMATCH_MESSAGE = "The request signature we calculated does not match the signature you provided."
            + " Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private final Kind kind;

    public SignatureFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static SignatureFailure missing() {
        return new SignatureFailure(Kind.MISSING_AUTHENTICATION_TOKEN, MISSING_TOKEN_MESSAGE);
    }

    static SignatureFailure incomplete(String message) {
        return new SignatureFailure(Kind.INCOMPLETE_SIGNATURE, message);
    }

    static SignatureFailure invalid(String message) {
        return new SignatureFailure(Kind.INVALID_SIGNATURE, message);
    }

    static SignatureFailure unrecognizedClient() {
        return new SignatureFailure(Kind.UNRECOGNIZED_CLIENT, INVALID_TOKEN_MESSAGE);
    }

    static SignatureFailure expiredToken() {
        return new SignatureFailure(Kind.EXPIRED_TOKEN, EXPIRED_TOKEN_MESSAGE);
    }

    /** AWS's mismatch message, which shows the canonical request and string to sign it expected. */
    static SignatureFailure mismatch(String canonicalRequest, String stringToSign) {
        return new SignatureFailure(Kind.INVALID_SIGNATURE, SIGNATURE_MISMATCH_MESSAGE
                + "\n\nThe Canonical String for this request should have been\n'" + canonicalRequest + "'\n"
                + "\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
    }
}
