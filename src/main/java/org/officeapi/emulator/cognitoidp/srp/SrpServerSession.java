package org.officeapi.emulator.cognitoidp.srp;

import org.officeapi.srp.ConstantTime;
import org.officeapi.srp.PasswordClaim;
import org.officeapi.srp.Srp6a;
import org.officeapi.srp.SrpGroup;
import org.officeapi.srp.SrpHex;
import org.officeapi.srp.SrpTimestamp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The server's half of one SRP-6a handshake, the counterpart of the SDKs' client (AWS does not publish
 * its own; this is the standard one): a secret b, {@code B = (k·v + g^b) mod N}, and from the client's A
 * the shared {@code S = (A·v^u)^b mod N}, the derived key and the check of the client's claim. Pure and
 * immutable; the state between InitiateAuth and RespondToAuthChallenge travels in the secret block.
 */
public final class SrpServerSession {

    /** Cognito's SDKs use 128-byte secrets; the server's b is drawn the same way. */
    private static final int SECRET_BYTES = 128;

    /** No A below N needs more hex digits than this (768), leading zeros allowed up to a bound. */
    private static final int MAX_SRP_A_HEX_DIGITS = 1024;

    private final SrpVerifierRecord record;
    private final BigInteger largeA;
    private final BigInteger smallB;
    private final BigInteger largeB;
    private final BigInteger u;

    private SrpServerSession(SrpVerifierRecord record, BigInteger largeA, BigInteger smallB) {
        this.record = Objects.requireNonNull(record, "record");
        this.largeA = largeA;
        this.smallB = smallB;
        this.largeB = SrpGroup.K.multiply(record.verifier()).add(SrpGroup.G.modPow(smallB, SrpGroup.N)).mod(SrpGroup.N);
        this.u = Srp6a.u(largeA, largeB);
    }

    /**
     * Starts a handshake for InitiateAuth: checks the client's SRP_A and draws b.
     *
     * @throws SrpException {@link SrpFailure#SRP_A_MALFORMED} or {@link SrpFailure#SRP_A_OUT_OF_RANGE}
     */
    public static SrpServerSession begin(SrpVerifierRecord record, String srpA, SecureRandom random) throws SrpException {
        BigInteger largeA = parseSrpA(srpA);
        while (true) {
            byte[] secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            SrpServerSession session = new SrpServerSession(record, largeA, new BigInteger(1, secret));
            // A B of 0 or a u of 0 would make the client refuse (and u = 0 would leak); draw again.
            if (session.largeB.signum() != 0 && session.u.signum() != 0) {
                return session;
            }
        }
    }

    /** The same handshake again, from what the secret block carried, for RespondToAuthChallenge. */
    public static SrpServerSession resume(SrpVerifierRecord record, BigInteger largeA, BigInteger smallB) {
        if (largeA.signum() <= 0 || largeA.compareTo(SrpGroup.N) >= 0 || smallB.signum() <= 0) {
            throw new IllegalArgumentException("not values a session could have begun with");
        }
        return new SrpServerSession(record, largeA, smallB);
    }

    /**
     * Reads SRP_A: hex (either case) of a number A with 0 < A < N. A multiple of N would make S = 0
     * whatever the password, so it is refused, as RFC 5054 requires.
     */
    public static BigInteger parseSrpA(String srpA) throws SrpException {
        if (srpA == null || srpA.isEmpty() || srpA.length() > MAX_SRP_A_HEX_DIGITS) {
            throw new SrpException(SrpFailure.SRP_A_MALFORMED);
        }
        BigInteger largeA;
        try {
            largeA = SrpHex.parseUnsigned(srpA);
        } catch (IllegalArgumentException notHex) {
            throw new SrpException(SrpFailure.SRP_A_MALFORMED);
        }
        if (largeA.compareTo(SrpGroup.N) >= 0 || largeA.mod(SrpGroup.N).signum() == 0) {
            throw new SrpException(SrpFailure.SRP_A_OUT_OF_RANGE);
        }
        return largeA;
    }

    /** SRP_B: lowercase hex of B without padding, as AWS sends it. */
    public String srpB() {
        return largeB.toString(16);
    }

    /** SALT: the salt of the verifier record. */
    public String salt() {
        return record.salt();
    }

    public BigInteger largeA() {
        return largeA;
    }

    /** b, to be sealed in the secret block; never sent in the clear. */
    public BigInteger smallB() {
        return smallB;
    }

    /** The 16-byte password authentication key, the same the client derives when it knows the password. */
    public byte[] passwordAuthenticationKey() {
        return PasswordClaim.key(sharedSecret(), u);
    }

    /**
     * Checks a PASSWORD_CLAIM_SIGNATURE. The timestamp is signed in its canonical form, so a client that
     * sent a zero-padded day or a wrong weekday (readable, but not what it should have signed) is refused
     * as a wrong signature, as measured on AWS.
     *
     * @param poolName the part of the pool id after the underscore
     * @param userIdForSrp the USER_ID_FOR_SRP the challenge was issued for
     * @param secretBlock the bytes of the SECRET_BLOCK (base64-decoded) the client answered with
     * @throws SrpException TIMESTAMP_MALFORMED, SIGNATURE_MALFORMED, SIGNATURE_WRONG_LENGTH or SIGNATURE_MISMATCH
     */
    public void verifyClaim(String poolName, String userIdForSrp, byte[] secretBlock, String timestamp, String signature)
            throws SrpException {
        String canonicalTimestamp = SrpTimestamp.canonical(timestamp)
                .orElseThrow(() -> new SrpException(SrpFailure.TIMESTAMP_MALFORMED));
        byte[] claimed = decodeSignature(signature);
        if (claimed.length != PasswordClaim.SIGNATURE_LENGTH) {
            throw new SrpException(SrpFailure.SIGNATURE_WRONG_LENGTH);
        }
        byte[] expected = PasswordClaim.signature(passwordAuthenticationKey(), poolName, userIdForSrp, secretBlock, canonicalTimestamp);
        if (!ConstantTime.equals(expected, claimed)) {
            throw new SrpException(SrpFailure.SIGNATURE_MISMATCH);
        }
    }

    /** S = (A · v^u)^b mod N. */
    BigInteger sharedSecret() {
        return largeA.multiply(record.verifier().modPow(u, SrpGroup.N)).modPow(smallB, SrpGroup.N);
    }

    private static byte[] decodeSignature(String signature) throws SrpException {
        if (signature == null || signature.isEmpty()) {
            throw new SrpException(SrpFailure.SIGNATURE_MALFORMED);
        }
        try {
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            throw new SrpException(SrpFailure.SIGNATURE_MALFORMED);
        }
    }

    @Override
    public String toString() {
        return "SrpServerSession[B=" + srpB() + "]";
    }
}
