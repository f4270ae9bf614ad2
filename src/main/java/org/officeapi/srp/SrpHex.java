package org.officeapi.srp;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Hex as Cognito's SRP reads and writes it. Every number is hashed as the bytes of its {@code padHex}
 * form, never as a fixed-width field: that is what the SDKs do, so the same number must give the same
 * bytes here or the two sides derive different keys.
 */
public final class SrpHex {

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]+");

    private SrpHex() {
    }

    /**
     * The SDK's {@code padHex}: lowercase hex of a non-negative number, made even-length, with
     * {@code 00} in front when the first nibble is 8 or more. The result is the two's-complement
     * encoding Java's {@link BigInteger#toByteArray()} gives, so the number cannot be read back as
     * negative by a peer that treats the bytes as signed, and both sides hash exactly the same bytes.
     */
    public static String padHex(BigInteger value) {
        return HEX.formatHex(padHexBytes(value));
    }

    /** The bytes of {@link #padHex(BigInteger)}: the minimal two's-complement encoding of a non-negative number. */
    public static byte[] padHexBytes(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("SRP numbers are never negative");
        }
        return value.toByteArray();
    }

    /** Reads unsigned hex (either case, leading zeros allowed); refuses anything that is not hex digits. */
    public static BigInteger parseUnsigned(String hex) {
        if (hex == null || !HEX_DIGITS.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a hex number");
        }
        return new BigInteger(hex, 16);
    }

    /** The bytes of an even-length hex string. */
    public static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    /** Lowercase hex of bytes. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
