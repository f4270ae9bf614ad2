package org.officeapi.emulator.cognitoidp.srp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officeapi.srp.SrpHex;
import org.officeapi.srp.SrpVectors;
import org.officeapi.srp.SrpVectors.Handshake;

import java.math.BigInteger;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's side reproduces the vectors and accepts exactly the claims amazon-cognito-identity-js made. */
class SrpServerVectorsTest {

    static List<Handshake> handshakes() {
        return SrpVectors.handshakes();
    }

    private static SrpVerifierRecord recordOf(Handshake h) {
        return new SrpVerifierRecord(h.input().salt(), new BigInteger(h.expected().v(), 16));
    }

    private static SrpServerSession sessionOf(Handshake h) {
        return SrpServerSession.resume(recordOf(h), new BigInteger(h.expected().SRP_A(), 16), h.input().b());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void theStoredVerifierIsTheOneThePasswordGives(Handshake h) {
        SrpVerifierRecord record = recordOf(h);
        assertThat(record.matchesPassword(h.input().userPoolId(), h.input().userIdForSrp(), h.input().password())).isTrue();
        assertThat(record.matchesPassword(h.input().userPoolId(), h.input().userIdForSrp(), h.input().password() + "x")).isFalse();
        assertThat(record.matchesPassword(h.input().userPoolId(), h.input().userIdForSrp() + "x", h.input().password())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void bSAndTheKeyMatch(Handshake h) {
        SrpServerSession session = sessionOf(h);
        assertThat(session.srpB()).isEqualTo(h.expected().SRP_B());
        assertThat(session.sharedSecret().toString(16)).isEqualTo(h.expected().S());
        assertThat(SrpHex.hex(session.passwordAuthenticationKey())).isEqualTo(h.expected().hkdfKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void acceptsTheSdksClaimAndNothingElse(Handshake h) throws SrpException {
        SrpServerSession session = sessionOf(h);
        byte[] secretBlock = Base64.getDecoder().decode(h.input().secretBlock());
        String timestamp = h.expected().challengeResponses().get("TIMESTAMP");
        String signature = h.expected().challengeResponses().get("PASSWORD_CLAIM_SIGNATURE");

        session.verifyClaim(h.input().poolName(), h.input().userIdForSrp(), secretBlock, timestamp, signature);

        byte[] flipped = Base64.getDecoder().decode(signature);
        flipped[flipped.length - 1] ^= 1;
        assertThatThrownBy(() -> session.verifyClaim(h.input().poolName(), h.input().userIdForSrp(), secretBlock, timestamp,
                Base64.getEncoder().encodeToString(flipped)))
                .isInstanceOfSatisfying(SrpException.class, e -> assertThat(e.failure()).isEqualTo(SrpFailure.SIGNATURE_MISMATCH));
        assertThatThrownBy(() -> session.verifyClaim(h.input().poolName(), h.input().userIdForSrp() + "x", secretBlock,
                timestamp, signature))
                .isInstanceOfSatisfying(SrpException.class, e -> assertThat(e.failure()).isEqualTo(SrpFailure.SIGNATURE_MISMATCH));
    }
}
