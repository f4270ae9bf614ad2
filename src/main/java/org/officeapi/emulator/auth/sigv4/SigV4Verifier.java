package org.officeapi.emulator.auth.sigv4;

import org.officeapi.emulator.core.HttpRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a request's Signature Version 4 the way AWS does, in AWS's order: the header's shape, the
 * date, the credential scope, the clock skew, the access key, the session token, the credentials'
 * expiry and finally the signature itself. Every refusal is a {@link SignatureFailure} carrying AWS's
 * message. Both the Authorization header and presigned query strings are accepted.
 */
public final class SigV4Verifier {

    /** How far X-Amz-Date may be from the server's clock, either way. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final HexFormat HEX = HexFormat.of();
    private static final Set<String> PRESIGN_SIGNATURE = Set.of("X-Amz-Signature");
    private static final Set<String> PRESIGN_SIGNATURE_AND_TOKEN = Set.of("X-Amz-Signature", "X-Amz-Security-Token");

    private final CredentialsResolver credentials;
    private final Clock clock;

    public SigV4Verifier(CredentialsResolver credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Whether the request carries any SigV4 material at all (header or presigned query). */
    public static boolean carriesSignature(HttpRequest request) {
        return request.header("Authorization") != null || presignedParameter(request, "X-Amz-Algorithm") != null;
    }

    public VerifiedSignature verify(HttpRequest request, ScopeRule rule) {
        Parsed parsed = parse(request);
        CredentialScope scope = parsed.header().scope();
        checkScope(scope, rule, parsed.signedAt(), parsed.amzDateText());
        checkSkew(parsed);
        SigningCredentials signer = credentials.lookup(scope.accessKeyId()).orElseThrow(SignatureFailure::unrecognizedClient);
        if (signer.temporary()) {
            String token = parsed.presigned() ? presignedParameter(request, "X-Amz-Security-Token") : request.header("X-Amz-Security-Token");
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    signer.sessionToken().getBytes(StandardCharsets.UTF_8))) {
                throw SignatureFailure.unrecognizedClient();
            }
            if (signer.expiration() != null && !clock.instant().isBefore(signer.expiration())) {
                throw SignatureFailure.expiredToken();
            }
        }
        SignatureComputation expected = compute(request, parsed, signer.secretKey(), rule.normalizePath(), false);
        if (!matches(expected, parsed)
                // a presigned URL may have had its session token appended after signing, as STS clients do
                && !(parsed.presigned() && signer.temporary() && matches(compute(request, parsed, signer.secretKey(), rule.normalizePath(), true), parsed))) {
            throw SignatureFailure.mismatch(expected.canonicalRequest(), expected.stringToSign());
        }
        return new VerifiedSignature(signer.caller(), scope.region(), scope.service(), parsed.signedAt());
    }

    private static boolean matches(SignatureComputation expected, Parsed parsed) {
        return MessageDigest.isEqual(expected.signature().getBytes(StandardCharsets.US_ASCII),
                parsed.header().signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The canonical request, string to sign and signature for a signed request, without judging it
     * (for tests against AWS's published vectors, and for explaining a refusal).
     */
    public static SignatureComputation compute(HttpRequest request, String secretKey, boolean normalizePath,
                                               boolean tokenAddedAfterSigning) {
        return compute(request, parse(request), secretKey, normalizePath, tokenAddedAfterSigning);
    }

    private static SignatureComputation compute(HttpRequest request, Parsed parsed, String secretKey, boolean normalizePath,
                                                boolean tokenAddedAfterSigning) {
        String payloadHash = HEX.formatHex(sha256(request.body()));
        Set<String> unsignedQuery = !parsed.presigned() ? Set.of()
                : tokenAddedAfterSigning ? PRESIGN_SIGNATURE_AND_TOKEN : PRESIGN_SIGNATURE;
        String canonical = CanonicalRequest.of(request, parsed.header().signedHeaders(), normalizePath, payloadHash, unsignedQuery);
        CredentialScope scope = parsed.header().scope();
        String stringToSign = AuthorizationHeader.ALGORITHM + "\n" + AmzDate.format(parsed.signedAt()) + "\n"
                + scope.value() + "\n" + HEX.formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), scope.date());
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        key = hmac(key, scope.terminator());
        return new SignatureComputation(canonical, stringToSign, HEX.formatHex(hmac(key, stringToSign)));
    }

    private record Parsed(AuthorizationHeader header, Instant signedAt, String amzDateText, boolean presigned,
                          Duration presignedFor) {}

    private static Parsed parse(HttpRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            if (presignedParameter(request, "X-Amz-Algorithm") != null) {
                return parsePresigned(request);
            }
            throw SignatureFailure.missing();
        }
        String amzDate = request.header("X-Amz-Date");
        String httpDate = request.header("Date");
        AuthorizationHeader header = AuthorizationHeader.parse(authorization, amzDate != null || httpDate != null);
        Instant signedAt = AmzDate.parse(amzDate, httpDate);
        return new Parsed(header, signedAt, amzDate != null ? amzDate : AmzDate.format(signedAt), false, null);
    }

    private static Parsed parsePresigned(HttpRequest request) {
        String algorithm = presignedParameter(request, "X-Amz-Algorithm");
        String credential = presignedParameter(request, "X-Amz-Credential");
        String signedHeaders = presignedParameter(request, "X-Amz-SignedHeaders");
        String signature = presignedParameter(request, "X-Amz-Signature");
        String date = presignedParameter(request, "X-Amz-Date");
        StringBuilder missing = new StringBuilder();
        if (!AuthorizationHeader.ALGORITHM.equals(algorithm)) {
            missing.append("X-Amz-Algorithm only supports \"").append(AuthorizationHeader.ALGORITHM).append("\". ");
        }
        for (String[] param : new String[][] {{"X-Amz-Credential", credential}, {"X-Amz-Signature", signature},
                {"X-Amz-SignedHeaders", signedHeaders}, {"X-Amz-Date", date}}) {
            if (param[1] == null || param[1].isEmpty()) {
                missing.append("AWS query-string parameters must include '").append(param[0]).append("'. ");
            }
        }
        if (!missing.isEmpty()) {
            throw SignatureFailure.incomplete(missing + "Re-examine the query-string parameters.");
        }
        String expires = presignedParameter(request, "X-Amz-Expires");
        Duration lifetime;
        try {
            lifetime = expires == null ? Duration.ofDays(7) : Duration.ofSeconds(Long.parseLong(expires));
        } catch (NumberFormatException e) {
            throw SignatureFailure.incomplete("X-Amz-Expires should be a number");
        }
        AuthorizationHeader header = new AuthorizationHeader(CredentialScope.parse(credential),
                List.of(signedHeaders.split(";")), signature);
        return new Parsed(header, AmzDate.parse(date, null), date, true, lifetime);
    }

    private static void checkScope(CredentialScope scope, ScopeRule rule, Instant signedAt, String amzDateText) {
        if (!scope.terminator().equals("aws4_request")) {
            throw SignatureFailure.invalid("Credential should be scoped with a valid terminator: 'aws4_request', not '"
                    + scope.terminator() + "'. ");
        }
        if (!scope.service().equals(rule.service())) {
            throw SignatureFailure.invalid("Credential should be scoped to correct service: '" + rule.service() + "'. ");
        }
        if (!rule.regionAllowed().test(scope.region())) {
            throw SignatureFailure.invalid("Credential should be scoped to a valid region, not '" + scope.region() + "'. ");
        }
        String day = AmzDate.day(signedAt);
        if (!scope.date().equals(day)) {
            throw SignatureFailure.invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + scope.date() + "' != '" + day + "', from '" + amzDateText + "'.");
        }
    }

    private void checkSkew(Parsed parsed) {
        Instant now = clock.instant();
        Instant signedAt = parsed.signedAt();
        if (parsed.presigned()) {
            if (now.isAfter(signedAt.plus(parsed.presignedFor()))) {
                throw new SignatureFailure(SignatureFailure.Kind.SIGNATURE_EXPIRED, "Signature expired: "
                        + AmzDate.format(signedAt.plus(parsed.presignedFor())) + " is now earlier than " + AmzDate.format(now) + ".");
            }
        } else if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw new SignatureFailure(SignatureFailure.Kind.SIGNATURE_EXPIRED, "Signature expired: " + parsed.amzDateText()
                    + " is now earlier than " + AmzDate.format(now.minus(MAX_SKEW)) + " (" + AmzDate.format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw new SignatureFailure(SignatureFailure.Kind.SIGNATURE_EXPIRED, "Signature not yet current: " + parsed.amzDateText()
                    + " is still later than " + AmzDate.format(now.plus(MAX_SKEW)) + " (" + AmzDate.format(now) + " + 5 min.)");
        }
    }

    private static String presignedParameter(HttpRequest request, String name) {
        for (String piece : request.rawQuery().split("&")) {
            int equals = piece.indexOf('=');
            if (equals > 0 && CanonicalRequest.decode(piece.substring(0, equals)).equals(name)) {
                return CanonicalRequest.decode(piece.substring(equals + 1));
            }
        }
        return null;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
