package org.officeapi.emulator.cognitoidp.srp;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * What a SECRET_BLOCK carries from InitiateAuth to RespondToAuthChallenge, so that the server keeps no
 * session state: who it was issued to, the handshake's A and b, when, and a random nonce that makes it
 * single use. It travels sealed ({@link SecretBlockCodec}); {@link #toString()} hides b.
 *
 * @param nonce 32 lowercase hex digits, unique per block
 */
public record SecretBlock(String userPoolId, String clientId, String userIdForSrp, BigInteger largeA, BigInteger smallB,
                          Instant issuedAt, String nonce) {

    public SecretBlock {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userIdForSrp, "userIdForSrp");
        Objects.requireNonNull(largeA, "largeA");
        Objects.requireNonNull(smallB, "smallB");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(nonce, "nonce");
    }

    @Override
    public String toString() {
        return "SecretBlock[" + userPoolId + ", client " + clientId + ", issued " + issuedAt + ", nonce " + nonce + "]";
    }
}
