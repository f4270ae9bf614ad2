package org.officeapi.emulator.cognitoidp.srp;

import org.junit.jupiter.api.Test;
import org.officeapi.srp.SrpGroup;
import org.officeapi.srp.SrpHex;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.srp.SrpServerSessionTest.assertFailure;

class SecretBlockCodecTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretBlockCodec codec = new SecretBlockCodec(RANDOM);
    private final SecretBlock block = new SecretBlock("us-east-1_Codec", "client1", "4f1c2a9e-rose-ü",
            SrpGroup.N.subtract(BigInteger.TWO), new BigInteger(1024, RANDOM).setBit(1023),
            Instant.parse("2026-12-01T09:05:07.123456789Z"), "00112233445566778899aabbccddeeff");

    @Test
    void whatIsSealedOpensUnchanged() throws SrpException {
        String sealed = codec.seal(block);
        assertThat(codec.open(sealed)).isEqualTo(block);
        assertThat(codec.seal(block)).as("a fresh iv each time").isNotEqualTo(sealed);
    }

    @Test
    void theClientCannotReadWhatIsInside() {
        byte[] sealed = Base64.getDecoder().decode(codec.seal(block));
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("us-east-1_Codec").doesNotContain("client1").doesNotContain("4f1c2a9e");
        assertThat(SrpHex.hex(sealed)).doesNotContain(block.smallB().toString(16).substring(0, 32)).doesNotContain(block.nonce());
    }

    @Test
    void everyChangedByteIsRefused() {
        byte[] sealed = Base64.getDecoder().decode(codec.seal(block));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String text = Base64.getEncoder().encodeToString(tampered);
            assertFailure(() -> codec.open(text), SrpFailure.SECRET_BLOCK_INVALID);
        }
    }

    @Test
    void garbledTruncatedOrEmptyBlocksAreRefused() {
        String sealed = codec.seal(block);
        byte[] bytes = Base64.getDecoder().decode(sealed);
        for (String bad : new String[] {null, "", "not base64!", "AA==", sealed.substring(0, sealed.length() - 8),
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 29)), sealed + "AAAA"}) {
            assertFailure(() -> codec.open(bad), SrpFailure.SECRET_BLOCK_INVALID);
        }
    }

    @Test
    void aBlockSealedByAnotherEmbeddedAwsIsRefused() {
        String foreign = new SecretBlockCodec(RANDOM).seal(block);
        assertFailure(() -> codec.open(foreign), SrpFailure.SECRET_BLOCK_INVALID);
    }

    @Test
    void theTextOfABlockHidesB() {
        assertThat(block.toString()).doesNotContain(block.smallB().toString(16)).doesNotContain(block.smallB().toString());
    }
}
