package org.officeapi.emulator.cognitoidp.srp;

import org.officeapi.srp.SrpHex;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a {@link SecretBlock} into the opaque base64 SECRET_BLOCK and opens it again. AES-256-GCM with a
 * key drawn when the codec is made: the client can neither read b nor change a byte without the tag
 * failing, and a block sealed by another embedded AWS (another key) does not open. Layout:
 * {@code version(1) || iv(12) || AES-GCM(plaintext) with tag(16)}, the version byte and a purpose
 * label bound in as associated data. Thread-safe: a cipher is made per call.
 */
public final class SecretBlockCodec {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "cognito-idp USER_SRP_AUTH SECRET_BLOCK".getBytes(StandardCharsets.UTF_8);
    /** Upper bound on the numbers inside; A and b are at most 385 bytes. */
    private static final int MAX_NUMBER_BYTES = 512;

    private final SecretKey key;
    private final SecureRandom random;

    public SecretBlockCodec(SecureRandom random) {
        this.random = random;
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES", e);
        }
    }

    /** The SECRET_BLOCK for a block: standard base64. */
    public String seal(SecretBlock block) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(plaintext(block));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(VERSION).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The block inside a SECRET_BLOCK, if this codec sealed it and nobody changed it.
     *
     * @throws SrpException {@link SrpFailure#SECRET_BLOCK_INVALID} for anything else: not base64, too
     *     short, an unknown version, a failed tag (tampered, or sealed with another key), a bad layout
     */
    public SecretBlock open(String secretBlock) throws SrpException {
        byte[] bytes = decode(secretBlock);
        if (bytes.length < 1 + IV_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
            throw new SrpException(SrpFailure.SECRET_BLOCK_INVALID);
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(bytes, 1, 1 + IV_BYTES));
            return read(cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES));
        } catch (GeneralSecurityException | IOException | DateTimeException | IllegalArgumentException e) {
            throw new SrpException(SrpFailure.SECRET_BLOCK_INVALID);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(new byte[] {VERSION});
        cipher.updateAAD(PURPOSE);
        return cipher;
    }

    private static byte[] decode(String secretBlock) throws SrpException {
        if (secretBlock == null || secretBlock.isEmpty()) {
            throw new SrpException(SrpFailure.SECRET_BLOCK_INVALID);
        }
        try {
            return Base64.getDecoder().decode(secretBlock);
        } catch (IllegalArgumentException notBase64) {
            throw new SrpException(SrpFailure.SECRET_BLOCK_INVALID);
        }
    }

    private static byte[] plaintext(SecretBlock block) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(SrpHex.bytes(block.nonce()));
            out.writeLong(block.issuedAt().getEpochSecond());
            out.writeInt(block.issuedAt().getNano());
            out.writeUTF(block.userPoolId());
            out.writeUTF(block.clientId());
            out.writeUTF(block.userIdForSrp());
            writeNumber(out, block.largeA());
            writeNumber(out, block.smallB());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return buffer.toByteArray();
    }

    private static SecretBlock read(byte[] plaintext) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext));
        byte[] nonce = in.readNBytes(SrpChallenges.NONCE_BYTES);
        Instant issuedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
        SecretBlock block = new SecretBlock(in.readUTF(), in.readUTF(), in.readUTF(), readNumber(in), readNumber(in),
                issuedAt, SrpHex.hex(nonce));
        if (nonce.length != SrpChallenges.NONCE_BYTES || in.available() != 0) {
            throw new IOException("unexpected layout");
        }
        return block;
    }

    private static void writeNumber(DataOutputStream out, BigInteger number) throws IOException {
        byte[] bytes = number.toByteArray();
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    private static BigInteger readNumber(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        if (length == 0 || length > MAX_NUMBER_BYTES) {
            throw new IOException("unexpected number length");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return new BigInteger(bytes);
    }
}
