package org.officeapi.emulator.cognitoidp.srp;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.officeapi.srp.SrpGroup;
import org.officeapi.srp.SrpTimestamp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SrpServerSessionTest {

    private static final String POOL_ID = "us-east-1_SessionTest";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SrpVerifierRecord RECORD = SrpVerifierRecord.create(POOL_ID, "john", "Passw0rd!", RANDOM);
    private static final String VALID_A = SrpGroup.G.modPow(BigInteger.valueOf(123456789), SrpGroup.N).toString(16);

    static void assertFailure(ThrowingCallable call, SrpFailure expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SrpException.class, e -> {
            assertThat(e.failure()).isEqualTo(expected);
            assertThat(e.getMessage()).isEqualTo(expected.name());
        });
    }

    @Test
    void malformedSrpAIsRefused() {
        for (String bad : new String[] {null, "", "xyz", "-1", "+1", " 1", "0x1f", "1".repeat(1025), VALID_A + "g"}) {
            assertFailure(() -> SrpServerSession.begin(RECORD, bad, RANDOM), SrpFailure.SRP_A_MALFORMED);
        }
    }

    @Test
    void anAThatIsZeroModNOrNotBelowNIsRefused() {
        for (BigInteger bad : List.of(BigInteger.ZERO, SrpGroup.N, SrpGroup.N.add(BigInteger.ONE), SrpGroup.N.shiftLeft(1))) {
            assertFailure(() -> SrpServerSession.begin(RECORD, bad.toString(16), RANDOM), SrpFailure.SRP_A_OUT_OF_RANGE);
        }
        assertFailure(() -> SrpServerSession.begin(RECORD, "0".repeat(1000), RANDOM), SrpFailure.SRP_A_OUT_OF_RANGE);
    }

    @Test
    void aValidAInEitherCaseStartsAHandshake() throws SrpException {
        SrpServerSession lower = SrpServerSession.begin(RECORD, VALID_A, RANDOM);
        SrpServerSession upper = SrpServerSession.begin(RECORD, VALID_A.toUpperCase(), RANDOM);
        assertThat(lower.largeA()).isEqualTo(upper.largeA());
        assertThat(lower.srpB()).matches("[0-9a-f]+").isNotEqualTo(upper.srpB());
        assertThat(new BigInteger(lower.srpB(), 16)).isPositive().isLessThan(SrpGroup.N);
        assertThat(lower.smallB().bitLength()).isBetween(1000, 1024);
        assertThat(lower.salt()).isEqualTo(RECORD.salt());
    }

    @Test
    void resumeRefusesValuesNoHandshakeCouldHave() {
        assertThatThrownBy(() -> SrpServerSession.resume(RECORD, BigInteger.ZERO, BigInteger.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SrpServerSession.resume(RECORD, SrpGroup.N, BigInteger.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SrpServerSession.resume(RECORD, BigInteger.TEN, BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimsAreCheckedForShapeBeforeTheSignature() throws SrpException {
        SrpServerSession session = SrpServerSession.begin(RECORD, VALID_A, RANDOM);
        byte[] block = {1, 2, 3};
        String now = SrpTimestamp.format(java.time.Instant.now());
        String aSignature = Base64.getEncoder().encodeToString(new byte[32]);

        assertFailure(() -> session.verifyClaim("SessionTest", "john", block, "yesterday", aSignature), SrpFailure.TIMESTAMP_MALFORMED);
        assertFailure(() -> session.verifyClaim("SessionTest", "john", block, null, "!!"), SrpFailure.TIMESTAMP_MALFORMED);
        assertFailure(() -> session.verifyClaim("SessionTest", "john", block, now, "not base64!"), SrpFailure.SIGNATURE_MALFORMED);
        assertFailure(() -> session.verifyClaim("SessionTest", "john", block, now, ""), SrpFailure.SIGNATURE_MALFORMED);
        assertFailure(() -> session.verifyClaim("SessionTest", "john", block, now, null), SrpFailure.SIGNATURE_MALFORMED);
        for (int length : new int[] {0, 16, 31, 33, 64}) {
            String wrongLength = Base64.getEncoder().encodeToString(new byte[length]);
            SrpFailure expected = length == 0 ? SrpFailure.SIGNATURE_MALFORMED : SrpFailure.SIGNATURE_WRONG_LENGTH;
            assertFailure(() -> session.verifyClaim("SessionTest", "john", block, now, wrongLength), expected);
        }
        assertFailure(() -> session.verifyClaim("SessionTest", "john", block, now, aSignature), SrpFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void newRecordsHaveA16ByteSaltWithoutALeadingZeroByte() {
        SecureRandom zerosFirst = new SecureRandom() {
            private int calls;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, calls++ == 0 ? (byte) 0 : (byte) 0x11);
            }
        };
        SrpVerifierRecord record = SrpVerifierRecord.create(POOL_ID, "john", "pw", zerosFirst);
        assertThat(record.salt()).isEqualTo("11".repeat(16));
        for (int i = 0; i < 50; i++) {
            assertThat(SrpVerifierRecord.create(POOL_ID, "john", "pw", RANDOM).salt()).matches("[0-9a-f]{32}").doesNotStartWith("00");
        }
    }

    @Test
    void recordsRefuseImpossibleValuesAndHideTheVerifier() {
        assertThatThrownBy(() -> new SrpVerifierRecord("zz", BigInteger.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SrpVerifierRecord("ab", BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SrpVerifierRecord("ab", SrpGroup.N)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RECORD.toString()).contains(RECORD.salt()).doesNotContain(RECORD.verifier().toString(16))
                .doesNotContain(RECORD.verifier().toString());
    }

    @Test
    void theSessionsTextHidesB() throws SrpException {
        SrpServerSession session = SrpServerSession.begin(RECORD, VALID_A, RANDOM);
        assertThat(session.toString()).doesNotContain(session.smallB().toString(16)).doesNotContain(session.smallB().toString());
    }

    @Test
    void everyFailureNamesAnAwsErrorToAnswerWith() {
        for (SrpFailure failure : SrpFailure.values()) {
            assertThat(failure.awsErrorCode()).isIn("InvalidParameterException", "NotAuthorizedException");
            assertThat(failure.awsMessage()).isNotBlank();
        }
        assertThat(SrpFailure.SIGNATURE_MISMATCH.awsErrorCode()).isEqualTo("NotAuthorizedException");
        assertThat(SrpFailure.SIGNATURE_MISMATCH.awsMessage()).isEqualTo("Incorrect username or password.");
        assertThat(SrpFailure.TIMESTAMP_MALFORMED.awsErrorCode()).isEqualTo("InvalidParameterException");
        assertThat(SrpFailure.TIMESTAMP_MALFORMED.awsMessage())
                .isEqualTo("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
        assertThat(SrpFailure.SRP_A_MALFORMED.awsErrorCode()).isEqualTo("InvalidParameterException");
    }
}
