package org.officeapi.signin.srp;

import org.officeapi.srp.PasswordClaim;
import org.officeapi.srp.SecretHash;
import org.officeapi.srp.Srp6a;
import org.officeapi.srp.SrpGroup;
import org.officeapi.srp.SrpHex;
import org.officeapi.srp.SrpTimestamp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One SRP sign-in as amazon-cognito-identity-js performs it: {@link #initiateAuthParameters} gives the
 * {@code AuthParameters} of {@code InitiateAuth(USER_SRP_AUTH)}, and {@link #passwordVerifierResponses}
 * turns the {@code PASSWORD_VERIFIER} challenge and the password into the {@code ChallengeResponses} of
 * {@code RespondToAuthChallenge}. Use a new instance for every sign-in: the secret {@code a} must not be
 * reused. Immutable; neither the password nor {@code a} is kept or printed.
 */
public final class SrpClient {

    /** Cognito's SDKs draw 128 random bytes for a. */
    private static final int SECRET_BYTES = 128;

    private final String userPoolId;
    private final String clientId;
    private final String clientSecret;
    private final BigInteger smallA;
    private final BigInteger largeA;
    private final Clock clock;

    private SrpClient(String userPoolId, String clientId, String clientSecret, BigInteger smallA, Clock clock) {
        Srp6a.poolName(userPoolId);
        if (smallA.signum() <= 0) {
            throw new IllegalArgumentException("a must be positive");
        }
        this.userPoolId = userPoolId;
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = clientSecret;
        this.smallA = smallA;
        this.largeA = SrpGroup.G.modPow(smallA, SrpGroup.N);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (largeA.signum() == 0) {
            throw new IllegalArgumentException("A mod N is 0; pick another a");
        }
    }

    /**
     * A sign-in with a fresh random a and the system clock.
     *
     * @param clientSecret the app client's secret, or null when it has none (then no SECRET_HASH is sent)
     */
    public static SrpClient start(String userPoolId, String clientId, String clientSecret) {
        SecureRandom random = new SecureRandom();
        while (true) {
            BigInteger a = new BigInteger(1, randomBytes(random));
            // A = g^a mod N is 0 only if N divides g^a, which a prime N > g never does; the check is kept
            // because the SDKs make it, and it costs nothing.
            if (SrpGroup.G.modPow(a, SrpGroup.N).signum() != 0) {
                return new SrpClient(userPoolId, clientId, clientSecret, a, Clock.systemUTC());
            }
        }
    }

    /** A sign-in with a fixed a and clock, for known-answer tests: it produces the same bytes every time. */
    public static SrpClient deterministic(String userPoolId, String clientId, String clientSecret, BigInteger smallA, Clock clock) {
        return new SrpClient(userPoolId, clientId, clientSecret, smallA, clock);
    }

    /** SRP_A: hex of A, lowercase and unpadded, as the SDK sends it. */
    public String srpA() {
        return largeA.toString(16);
    }

    /** {@code USERNAME}, {@code SRP_A} and, for a client with a secret, {@code SECRET_HASH}. */
    public Map<String, String> initiateAuthParameters(String username) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("USERNAME", username);
        parameters.put("SRP_A", srpA());
        putSecretHash(parameters, username);
        return Collections.unmodifiableMap(parameters);
    }

    /**
     * The answer to a {@code PASSWORD_VERIFIER} challenge: {@code USERNAME} (the challenge's
     * {@code USER_ID_FOR_SRP}), {@code PASSWORD_CLAIM_SECRET_BLOCK}, {@code PASSWORD_CLAIM_SIGNATURE},
     * {@code TIMESTAMP} and, for a client with a secret, {@code SECRET_HASH} over {@code USER_ID_FOR_SRP}.
     *
     * @param challengeParameters the {@code ChallengeParameters} of the InitiateAuth response
     * @throws IllegalArgumentException if a parameter is missing or malformed, or the server's B is
     *     unusable (B mod N = 0, or u = 0): then the client must not answer, as the SDKs refuse too
     */
    public Map<String, String> passwordVerifierResponses(Map<String, String> challengeParameters, String password) {
        String userIdForSrp = required(challengeParameters, "USER_ID_FOR_SRP");
        String salt = required(challengeParameters, "SALT");
        String secretBlock = required(challengeParameters, "SECRET_BLOCK");
        BigInteger largeB = SrpHex.parseUnsigned(required(challengeParameters, "SRP_B"));
        if (largeB.mod(SrpGroup.N).signum() == 0) {
            throw new IllegalArgumentException("the server's SRP_B is 0 mod N; refusing to answer");
        }
        String poolName = Srp6a.poolName(userPoolId);
        BigInteger u = Srp6a.u(largeA, largeB);
        BigInteger x = Srp6a.x(poolName, userIdForSrp, password, salt);
        byte[] key = PasswordClaim.key(sharedSecret(largeB, u, x), u);
        String timestamp = SrpTimestamp.format(clock.instant());
        byte[] signature = PasswordClaim.signature(key, poolName, userIdForSrp, Base64.getDecoder().decode(secretBlock), timestamp);

        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("USERNAME", userIdForSrp);
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock);
        responses.put("TIMESTAMP", timestamp);
        responses.put("PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(signature));
        putSecretHash(responses, userIdForSrp);
        return Collections.unmodifiableMap(responses);
    }

    /** S = (B − k·g^x)^(a + u·x) mod N. Refuses u = 0, which would let the server learn x from S. */
    BigInteger sharedSecret(BigInteger largeB, BigInteger u, BigInteger x) {
        if (u.signum() == 0) {
            throw new IllegalArgumentException("u = H(A, B) is 0; refusing to answer");
        }
        BigInteger base = largeB.subtract(SrpGroup.K.multiply(Srp6a.verifier(x))).mod(SrpGroup.N);
        return base.modPow(smallA.add(u.multiply(x)), SrpGroup.N);
    }

    BigInteger largeA() {
        return largeA;
    }

    private void putSecretHash(Map<String, String> parameters, String username) {
        if (clientSecret != null) {
            parameters.put("SECRET_HASH", SecretHash.of(clientSecret, username, clientId));
        }
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the PASSWORD_VERIFIER challenge has no " + name);
        }
        return value;
    }

    private static byte[] randomBytes(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "SrpClient[" + userPoolId + ", client " + clientId + "]";
    }
}
