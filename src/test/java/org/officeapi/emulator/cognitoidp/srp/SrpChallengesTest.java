package org.officeapi.emulator.cognitoidp.srp;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.signin.srp.SrpClient;
import org.officeapi.srp.PasswordClaim;
import org.officeapi.srp.Srp6a;
import org.officeapi.srp.SrpGroup;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.srp.SrpServerSessionTest.assertFailure;

/**
 * The suite's client against the server side, end to end, the way InitiateAuth and RespondToAuthChallenge
 * will drive them: every handshake that should succeed does, and each way a claim can be wrong is refused
 * with its own failure.
 */
class SrpChallengesTest {

    private static final String POOL = "eu-west-1_Challenge9";
    private static final String CLIENT = "3n4b5urk1ft4fl3mg5e62pu1ke";
    private static final Instant START = Instant.parse("2026-12-01T09:05:07Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AwsClock clock = new AwsClock(Clock.fixed(START, ZoneOffset.UTC));
    private final SrpChallenges srp = new SrpChallenges(clock);
    private final SrpVerifierRecord john = SrpVerifierRecord.create(POOL, "john", "Passw0rd!", RANDOM);

    /** InitiateAuth then RespondToAuthChallenge as far as SRP goes; returns the user id the claim proved. */
    private String signIn(SrpChallenges server, String poolId, String userIdForSrp, SrpVerifierRecord record,
                          SrpClient client, String password) throws SrpException {
        Map<String, String> responses = answer(server, poolId, userIdForSrp, record, client, password);
        return verify(server, poolId, record, responses);
    }

    private Map<String, String> answer(SrpChallenges server, String poolId, String userIdForSrp, SrpVerifierRecord record,
                                       SrpClient client, String password) throws SrpException {
        PasswordVerifierChallenge challenge = server.challenge(poolId, CLIENT, userIdForSrp, record,
                client.initiateAuthParameters(userIdForSrp).get("SRP_A"));
        return client.passwordVerifierResponses(challenge.challengeParameters(), password);
    }

    private static String verify(SrpChallenges server, String poolId, SrpVerifierRecord record, Map<String, String> responses)
            throws SrpException {
        OpenedSecretBlock block = server.openSecretBlock(poolId, CLIENT, responses.get("PASSWORD_CLAIM_SECRET_BLOCK"));
        server.verifyPasswordClaim(block, record, responses.get("TIMESTAMP"), responses.get("PASSWORD_CLAIM_SIGNATURE"));
        return block.userIdForSrp();
    }

    private SrpClient clientAt(Instant instant) {
        return SrpClient.deterministic(POOL, CLIENT, null, new BigInteger(1024, RANDOM).setBit(1), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void clientAndServerAgreeForManyUsersAndPasswords() throws SrpException {
        Random seeded = new Random(20261201);
        for (int i = 0; i < 40; i++) {
            String poolId = "us-east-1_" + Integer.toString(seeded.nextInt(Integer.MAX_VALUE), 36);
            String userId = randomText(seeded, 1 + seeded.nextInt(40));
            String password = randomText(seeded, 1 + seeded.nextInt(100));
            SrpVerifierRecord record = SrpVerifierRecord.create(poolId, userId, password, RANDOM);
            SrpClient client = SrpClient.start(poolId, CLIENT, null);

            assertThat(signIn(srp, poolId, userId, record, client, password)).isEqualTo(userId);

            SrpClient another = SrpClient.start(poolId, CLIENT, null);
            String wrong = password + randomText(seeded, 1);
            assertFailure(() -> signIn(srp, poolId, userId, record, another, wrong), SrpFailure.SIGNATURE_MISMATCH);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAsIncorrect() {
        assertFailure(() -> signIn(srp, POOL, "john", john, clientAt(START), "passw0rd!"), SrpFailure.SIGNATURE_MISMATCH);
        assertFailure(() -> signIn(srp, POOL, "john", john, clientAt(START), ""), SrpFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void aPasswordChangedSinceTheChallengeRefusesTheOldClaim() throws SrpException {
        Map<String, String> responses = answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!");
        SrpVerifierRecord changed = SrpVerifierRecord.create(POOL, "john", "N3w-Passw0rd!", RANDOM);
        assertFailure(() -> verify(srp, POOL, changed, responses), SrpFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void aSecretBlockIsAnsweredOnce() throws SrpException {
        Map<String, String> responses = answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!");
        assertThat(verify(srp, POOL, john, responses)).isEqualTo("john");
        assertFailure(() -> verify(srp, POOL, john, responses), SrpFailure.SECRET_BLOCK_REPLAYED);
    }

    @Test
    void aFailedClaimStillUsesTheBlockUp() throws SrpException {
        Map<String, String> wrong = answer(srp, POOL, "john", john, clientAt(START), "guess");
        assertFailure(() -> verify(srp, POOL, john, wrong), SrpFailure.SIGNATURE_MISMATCH);
        assertFailure(() -> verify(srp, POOL, john, wrong), SrpFailure.SECRET_BLOCK_REPLAYED);
    }

    @Test
    void aStaleSecretBlockIsRefused() throws SrpException {
        Map<String, String> onTime = answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!");
        Map<String, String> late = answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!");
        clock.advance(Duration.ofMinutes(5));
        assertThat(verify(srp, POOL, john, onTime)).isEqualTo("john");
        clock.advance(Duration.ofMillis(1));
        assertFailure(() -> verify(srp, POOL, john, late), SrpFailure.SECRET_BLOCK_EXPIRED);
    }

    @Test
    void theLifetimeIsConfigurable() throws SrpException {
        SrpChallenges strict = new SrpChallenges(clock, RANDOM, SrpSettings.defaults().withSecretBlockLifetime(Duration.ofSeconds(10)));
        Map<String, String> responses = answer(strict, POOL, "john", john, clientAt(START), "Passw0rd!");
        clock.advance(Duration.ofSeconds(11));
        assertFailure(() -> verify(strict, POOL, john, responses), SrpFailure.SECRET_BLOCK_EXPIRED);
    }

    @Test
    void aBlockIssuedToAnotherPoolOrClientIsRefused() throws SrpException {
        Map<String, String> responses = answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!");
        String block = responses.get("PASSWORD_CLAIM_SECRET_BLOCK");
        assertFailure(() -> srp.openSecretBlock("eu-west-1_Other", CLIENT, block), SrpFailure.SECRET_BLOCK_MISMATCH);
        assertFailure(() -> srp.openSecretBlock(POOL, "otherclient", block), SrpFailure.SECRET_BLOCK_MISMATCH);
        assertThat(verify(srp, POOL, john, responses)).as("a mismatch does not use the block up").isEqualTo("john");
    }

    @Test
    void aBlockFromAnotherEmbeddedAwsOrAlteredIsRefused() throws SrpException {
        SrpChallenges other = new SrpChallenges(clock);
        Map<String, String> foreign = answer(other, POOL, "john", john, clientAt(START), "Passw0rd!");
        assertFailure(() -> verify(srp, POOL, john, foreign), SrpFailure.SECRET_BLOCK_INVALID);

        Map<String, String> altered = new HashMap<>(answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!"));
        String block = altered.get("PASSWORD_CLAIM_SECRET_BLOCK");
        altered.put("PASSWORD_CLAIM_SECRET_BLOCK", block.substring(0, 10) + (block.charAt(10) == 'A' ? 'B' : 'A') + block.substring(11));
        assertFailure(() -> verify(srp, POOL, john, altered), SrpFailure.SECRET_BLOCK_INVALID);
        assertFailure(() -> srp.openSecretBlock(POOL, CLIENT, "garbage"), SrpFailure.SECRET_BLOCK_INVALID);
    }

    /** An answer whose signature covers {@code signedTimestamp} exactly, as a client that formats it its own way would send. */
    private Map<String, String> answerSigning(String signedTimestamp) throws SrpException {
        BigInteger smallA = new BigInteger(1024, RANDOM).setBit(1);
        BigInteger largeA = SrpGroup.G.modPow(smallA, SrpGroup.N);
        PasswordVerifierChallenge challenge = srp.challenge(POOL, CLIENT, "john", john, largeA.toString(16));
        BigInteger largeB = new BigInteger(challenge.srpB(), 16);
        BigInteger u = Srp6a.u(largeA, largeB);
        BigInteger x = Srp6a.x(Srp6a.poolName(POOL), "john", "Passw0rd!", challenge.salt());
        BigInteger sharedSecret = largeB.subtract(SrpGroup.K.multiply(Srp6a.verifier(x))).mod(SrpGroup.N)
                .modPow(smallA.add(u.multiply(x)), SrpGroup.N);
        byte[] signature = PasswordClaim.signature(PasswordClaim.key(sharedSecret, u), Srp6a.poolName(POOL), "john",
                Base64.getDecoder().decode(challenge.secretBlock()), signedTimestamp);
        return Map.of("PASSWORD_CLAIM_SECRET_BLOCK", challenge.secretBlock(), "TIMESTAMP", signedTimestamp,
                "PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(signature));
    }

    @Test
    void aClaimSignedOverTheCanonicalTimestampIsAccepted() throws SrpException {
        assertThat(verify(srp, POOL, john, answerSigning("Tue Dec 1 09:05:07 UTC 2026"))).isEqualTo("john");
    }

    @Test
    void aClaimSignedOverAPaddedDayOrAWrongWeekdayIsAWrongSignature() throws SrpException {
        // measured on AWS (third-party report): both are refused as a wrong password, not as a malformed TIMESTAMP
        Map<String, String> padded = answerSigning("Tue Dec 01 09:05:07 UTC 2026");
        assertFailure(() -> verify(srp, POOL, john, padded), SrpFailure.SIGNATURE_MISMATCH);
        Map<String, String> weekday = answerSigning("Wed Dec 1 09:05:07 UTC 2026");
        assertFailure(() -> verify(srp, POOL, john, weekday), SrpFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void theServerSignsTheCanonicalTimestampWhateverShapeWasSent() throws SrpException {
        // UNCONFIRMED on AWS: a claim signed canonically but sent with a padded day passes, since the check
        // is over the canonical form (the model that explains the measured refusals above)
        Map<String, String> sentPadded = new HashMap<>(answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!"));
        assertThat(sentPadded.get("TIMESTAMP")).isEqualTo("Tue Dec 1 09:05:07 UTC 2026");
        sentPadded.put("TIMESTAMP", "Tue Dec 01 09:05:07 UTC 2026");
        assertThat(verify(srp, POOL, john, sentPadded)).isEqualTo("john");
    }

    @Test
    void aMalformedTimestampIsRefusedAsSuch() throws SrpException {
        Map<String, String> malformed = new HashMap<>(answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!"));
        malformed.put("TIMESTAMP", "2026-12-01T09:05:07Z");
        assertFailure(() -> verify(srp, POOL, john, malformed), SrpFailure.TIMESTAMP_MALFORMED);
    }

    @Test
    void byDefaultTheClientsClockNeedNotMatchTheEmbeddedClock() throws SrpException {
        clock.advance(Duration.ofHours(3));
        assertThat(signIn(srp, POOL, "john", john, clientAt(START), "Passw0rd!")).isEqualTo("john");
    }

    @Test
    void aConfiguredSkewWindowRefusesTimestampsOutsideIt() throws SrpException {
        SrpChallenges skewChecked = new SrpChallenges(clock, RANDOM, SrpSettings.defaults().withMaxTimestampSkew(Duration.ofMinutes(5)));
        assertThat(signIn(skewChecked, POOL, "john", john, clientAt(START.minus(Duration.ofMinutes(5))), "Passw0rd!")).isEqualTo("john");
        assertThat(signIn(skewChecked, POOL, "john", john, clientAt(START.plus(Duration.ofMinutes(5))), "Passw0rd!")).isEqualTo("john");
        assertFailure(() -> signIn(skewChecked, POOL, "john", john, clientAt(START.minus(Duration.ofMinutes(6))), "Passw0rd!"),
                SrpFailure.TIMESTAMP_SKEWED);
        assertFailure(() -> signIn(skewChecked, POOL, "john", john, clientAt(START.plus(Duration.ofMinutes(6))), "Passw0rd!"),
                SrpFailure.TIMESTAMP_SKEWED);
    }

    @Test
    void aMalformedSrpAIsRefusedAtTheChallenge() {
        assertFailure(() -> srp.challenge(POOL, CLIENT, "john", john, "not-hex"), SrpFailure.SRP_A_MALFORMED);
        assertFailure(() -> srp.challenge(POOL, CLIENT, "john", john, "0"), SrpFailure.SRP_A_OUT_OF_RANGE);
    }

    @Test
    void theChallengeHasTheParametersTheSdksRead() throws SrpException {
        PasswordVerifierChallenge challenge = srp.challenge(POOL, CLIENT, "john", john, clientAt(START).srpA());
        assertThat(challenge.challengeParameters()).containsOnlyKeys("SALT", "SRP_B", "SECRET_BLOCK", "USERNAME", "USER_ID_FOR_SRP")
                .containsEntry("SALT", john.salt()).containsEntry("USER_ID_FOR_SRP", "john").containsEntry("USERNAME", "john");
        assertThat(challenge.srpB()).matches("[0-9a-f]{700,768}");
        assertThat(challenge.secretBlock()).matches("[A-Za-z0-9+/]+={0,2}");
    }

    @Test
    void forgettingUsedBlocksUnderLoadNeverLetsOneBack() throws SrpException {
        SrpChallenges small = new SrpChallenges(clock, RANDOM, SrpSettings.defaults().withUsedNonceMemory(2));
        Map<String, String> neverAnswered = answer(small, POOL, "john", john, clientAt(START), "Passw0rd!");
        List<Map<String, String>> answered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            answered.add(answer(small, POOL, "john", john, clientAt(START), "Passw0rd!"));
            assertThat(verify(small, POOL, john, answered.get(i))).isEqualTo("john");
        }
        assertFailure(() -> verify(small, POOL, john, answered.get(0)), SrpFailure.SECRET_BLOCK_EXPIRED);
        assertFailure(() -> verify(small, POOL, john, neverAnswered), SrpFailure.SECRET_BLOCK_EXPIRED);
        assertFailure(() -> verify(small, POOL, john, answered.get(2)), SrpFailure.SECRET_BLOCK_REPLAYED);
    }

    @Test
    void concurrentAnswersWithOneBlockSucceedOnce() throws Exception {
        Map<String, String> responses = answer(srp, POOL, "john", john, clientAt(START), "Passw0rd!");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger replays = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        verify(srp, POOL, john, responses);
                        successes.incrementAndGet();
                    } catch (SrpException e) {
                        if (e.failure() == SrpFailure.SECRET_BLOCK_REPLAYED) {
                            replays.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(successes).hasValue(1);
        assertThat(replays).hasValue(15);
    }

    /** Letters from several scripts, digits, punctuation and a character outside the BMP. */
    private static String randomText(Random random, int length) {
        String alphabet = "abcXYZ019 !#$%&'()*+,-./:;<=>?@[]^_`{|}~äöüßéñçøåЖжΩλ中文字한국어";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(20) == 0) {
                text.append("🔑");
            } else {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }
}
