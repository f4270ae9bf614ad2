package org.officeapi.bench;

import org.officeapi.emulator.cognitoidp.srp.OpenedSecretBlock;
import org.officeapi.emulator.cognitoidp.srp.PasswordVerifierChallenge;
import org.officeapi.emulator.cognitoidp.srp.SrpChallenges;
import org.officeapi.emulator.cognitoidp.srp.SrpException;
import org.officeapi.emulator.cognitoidp.srp.SrpVerifierRecord;
import org.officeapi.signin.srp.SrpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The user pool's side of SRP-6a (3072-bit group): the challenge of InitiateAuth(USER_SRP_AUTH) (draw b,
 * {@code B = k·v + g^b}, seal the secret block) and the check of the client's PASSWORD_CLAIM_SIGNATURE in
 * RespondToAuthChallenge ({@code S = (A·v^u)^b}, HKDF, HMAC). For scale: the client's half (the suite's
 * SrpClient answering the challenge) and the password flows' check of a plain password against the verifier.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SrpServerBenchmark {

    private static final String POOL_ID = "us-east-1_Office1234";
    private static final String CLIENT_ID = "4k2vq8b1c9d0e7f6g5h3j2k1l0";
    private static final String USER = "rose";
    private static final String PASSWORD = "Bench-Passw0rd!";

    private SrpChallenges challenges;
    private SrpVerifierRecord record;
    private SrpClient client;
    private PasswordVerifierChallenge challenge;
    private OpenedSecretBlock opened;
    private Map<String, String> answer;

    @Setup
    public void setUp() throws SrpException {
        challenges = new SrpChallenges(Clock.systemUTC());
        record = SrpVerifierRecord.create(POOL_ID, USER, PASSWORD, new SecureRandom());
        client = SrpClient.start(POOL_ID, CLIENT_ID, null);
        challenge = challenge();
        answer = client.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD);
        // a secret block opens once; the claim check itself is pure and may be repeated
        opened = challenges.openSecretBlock(POOL_ID, CLIENT_ID, challenge.secretBlock());
        verifyClaim();
        if (!passwordCheck()) {
            throw new IllegalStateException("the verifier does not match its own password");
        }
    }

    /** InitiateAuth(USER_SRP_AUTH): the PASSWORD_VERIFIER challenge for the client's SRP_A. */
    @Benchmark
    public PasswordVerifierChallenge challenge() throws SrpException {
        return challenges.challenge(POOL_ID, CLIENT_ID, USER, record, client.srpA());
    }

    /** RespondToAuthChallenge(PASSWORD_VERIFIER): the check of a correct claim (throws if it were wrong). */
    @Benchmark
    public OpenedSecretBlock verifyClaim() throws SrpException {
        challenges.verifyPasswordClaim(opened, record, answer.get("TIMESTAMP"), answer.get("PASSWORD_CLAIM_SIGNATURE"));
        return opened;
    }

    /** The client's answer to the challenge (not the server's work; for scale). */
    @Benchmark
    public Map<String, String> clientAnswer() {
        return client.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD);
    }

    /** USER_PASSWORD_AUTH's check of a plain password against the stored verifier. */
    @Benchmark
    public boolean passwordCheck() {
        return record.matchesPassword(POOL_ID, USER, PASSWORD);
    }
}
