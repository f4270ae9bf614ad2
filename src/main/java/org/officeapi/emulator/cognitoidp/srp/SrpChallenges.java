package org.officeapi.emulator.cognitoidp.srp;

import org.officeapi.srp.Srp6a;
import org.officeapi.srp.SrpHex;
import org.officeapi.srp.SrpTimestamp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * USER_SRP_AUTH for the user pools, one instance per embedded AWS (it holds the secret-block key and the
 * memory of used blocks). In InitiateAuth, {@link #challenge}; in RespondToAuthChallenge(PASSWORD_VERIFIER),
 * {@link #openSecretBlock} (which consumes the block), then, with the user it names,
 * {@link #verifyPasswordClaim}. Time comes from the injected clock. Thread-safe.
 */
public final class SrpChallenges {

    static final int NONCE_BYTES = 16;

    private final Clock clock;
    private final SecureRandom random;
    private final SrpSettings settings;
    private final SecretBlockCodec codec;
    private final UsedNonces usedNonces;

    public SrpChallenges(Clock clock) {
        this(clock, new SecureRandom(), SrpSettings.defaults());
    }

    public SrpChallenges(Clock clock, SecureRandom random, SrpSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.codec = new SecretBlockCodec(random);
        this.usedNonces = new UsedNonces(settings.usedNonceMemory());
    }

    /**
     * The PASSWORD_VERIFIER challenge for a user whose password is {@code record}.
     *
     * @param srpA the SRP_A of the AuthParameters
     * @throws SrpException SRP_A_MALFORMED or SRP_A_OUT_OF_RANGE
     */
    public PasswordVerifierChallenge challenge(String userPoolId, String clientId, String userIdForSrp,
                                               SrpVerifierRecord record, String srpA) throws SrpException {
        SrpServerSession session = SrpServerSession.begin(record, srpA, random);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        SecretBlock block = new SecretBlock(userPoolId, clientId, userIdForSrp, session.largeA(), session.smallB(),
                clock.instant(), SrpHex.hex(nonce));
        return new PasswordVerifierChallenge(session.salt(), session.srpB(), codec.seal(block), userIdForSrp);
    }

    /**
     * Opens the PASSWORD_CLAIM_SECRET_BLOCK and uses it up: a block is answered once, whatever the outcome.
     *
     * @throws SrpException SECRET_BLOCK_INVALID (garbled, tampered, foreign), SECRET_BLOCK_MISMATCH (another
     *     pool or client), SECRET_BLOCK_EXPIRED (older than the lifetime, or too old to be remembered) or
     *     SECRET_BLOCK_REPLAYED
     */
    public OpenedSecretBlock openSecretBlock(String userPoolId, String clientId, String secretBlock) throws SrpException {
        SecretBlock block = codec.open(secretBlock);
        if (!block.userPoolId().equals(userPoolId) || !block.clientId().equals(clientId)) {
            throw new SrpException(SrpFailure.SECRET_BLOCK_MISMATCH);
        }
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(settings.secretBlockLifetime());
        if (block.issuedAt().isBefore(expiredBefore)) {
            throw new SrpException(SrpFailure.SECRET_BLOCK_EXPIRED);
        }
        switch (usedNonces.use(block.nonce(), block.issuedAt(), expiredBefore)) {
            case ALREADY_USED -> throw new SrpException(SrpFailure.SECRET_BLOCK_REPLAYED);
            case FORGOTTEN -> throw new SrpException(SrpFailure.SECRET_BLOCK_EXPIRED);
            case FIRST_USE -> {
                return new OpenedSecretBlock(block, secretBlock);
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Checks the client's claim against the user's current password record. A password changed since
     * the challenge gives another B, so the claim fails, as it should.
     *
     * @param record the current SrpVerifierRecord of the user named by {@link OpenedSecretBlock#userIdForSrp()}
     * @throws SrpException TIMESTAMP_MALFORMED, SIGNATURE_MALFORMED, SIGNATURE_WRONG_LENGTH,
     *     SIGNATURE_MISMATCH (wrong password), or TIMESTAMP_SKEWED when a skew window is configured
     */
    public void verifyPasswordClaim(OpenedSecretBlock block, SrpVerifierRecord record, String timestamp, String signature)
            throws SrpException {
        SecretBlock contents = block.contents();
        SrpServerSession session = SrpServerSession.resume(record, contents.largeA(), contents.smallB());
        session.verifyClaim(Srp6a.poolName(contents.userPoolId()), contents.userIdForSrp(),
                Base64.getDecoder().decode(block.sealed()), timestamp, signature);
        Duration maxSkew = settings.maxTimestampSkew();
        if (maxSkew != null) {
            Instant claimed = SrpTimestamp.parse(timestamp).orElseThrow();
            if (Duration.between(claimed, clock.instant()).abs().compareTo(maxSkew) > 0) {
                throw new SrpException(SrpFailure.TIMESTAMP_SKEWED);
            }
        }
    }
}
