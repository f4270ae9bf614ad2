package org.officeapi.srp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officeapi.srp.SrpVectors.Handshake;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared arithmetic reproduces, byte for byte, what amazon-cognito-identity-js computed. */
class SrpMathVectorsTest {

    static List<Handshake> handshakes() {
        return SrpVectors.handshakes();
    }

    @Test
    void theVectorsCoverThePaddingCasesTheyAreMeantToPin() {
        List<Handshake> all = handshakes();
        assertThat(all).hasSizeGreaterThanOrEqualTo(7);
        assertThat(all).anySatisfy(h -> assertThat(h.expected().padHexU()).hasSizeLessThan(64));
        assertThat(all).anySatisfy(h -> assertThat(h.expected().padHexU()).startsWith("00"));
        assertThat(all).anySatisfy(h -> assertThat(h.expected().padHexS()).hasSizeLessThan(768));
        assertThat(all).anySatisfy(h -> assertThat(h.input().salt()).startsWith("00"));
        assertThat(all).anySatisfy(h -> assertThat(h.expected().challengeResponses().get("TIMESTAMP")).matches(".* [1-9] .*"));
    }

    @Test
    void kIsTheSdks() {
        for (Handshake h : handshakes()) {
            assertThat(SrpGroup.K.toString(16)).isEqualTo(h.expected().k());
        }
    }

    @Test
    void padHexIsTheSdks() {
        for (SrpVectors.PadHex v : SrpVectors.document().padHex()) {
            assertThat(SrpHex.padHex(new BigInteger(v.value(), 16))).as(v.value()).isEqualTo(v.padHex());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void everyIntermediateValueMatches(Handshake h) {
        SrpVectors.Input in = h.input();
        SrpVectors.Expected out = h.expected();
        BigInteger largeA = SrpGroup.G.modPow(in.a(), SrpGroup.N);
        BigInteger largeB = new BigInteger(out.SRP_B(), 16);

        assertThat(Srp6a.poolName(in.userPoolId())).isEqualTo(in.poolName());
        assertThat(largeA.toString(16)).isEqualTo(out.SRP_A());
        assertThat(SrpHex.padHex(largeA)).isEqualTo(out.padHexA());
        BigInteger x = Srp6a.x(in.poolName(), in.userIdForSrp(), in.password(), in.salt());
        assertThat(x.toString(16)).isEqualTo(out.x());
        assertThat(Srp6a.verifier(x).toString(16)).isEqualTo(out.v());
        BigInteger u = Srp6a.u(largeA, largeB);
        assertThat(u.toString(16)).isEqualTo(out.u());
        assertThat(SrpHex.padHex(u)).isEqualTo(out.padHexU());
        BigInteger sharedSecret = new BigInteger(out.S(), 16);
        assertThat(SrpHex.padHex(sharedSecret)).isEqualTo(out.padHexS());
        byte[] key = PasswordClaim.key(sharedSecret, u);
        assertThat(SrpHex.hex(key)).isEqualTo(out.hkdfKey());

        String timestamp = out.challengeResponses().get("TIMESTAMP");
        assertThat(SrpTimestamp.format(Instant.parse(in.instant()))).isEqualTo(timestamp);
        byte[] signature = PasswordClaim.signature(key, in.poolName(), in.userIdForSrp(),
                Base64.getDecoder().decode(in.secretBlock()), timestamp);
        assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(out.challengeResponses().get("PASSWORD_CLAIM_SIGNATURE"));
    }

    @Test
    void timestampsAreFormattedAndReadAsTheSdkWritesThem() {
        for (SrpVectors.Timestamp t : SrpVectors.document().timestamps()) {
            assertThat(SrpTimestamp.format(Instant.parse(t.instant()))).isEqualTo(t.timestamp());
            assertThat(SrpTimestamp.parse(t.timestamp())).contains(Instant.parse(t.instant()));
        }
    }

    @Test
    void secretHashesMatch() {
        for (SrpVectors.SecretHashVector v : SrpVectors.document().secretHashes()) {
            assertThat(SecretHash.of(v.clientSecret(), v.username(), v.clientId())).isEqualTo(v.secretHash());
        }
    }
}
