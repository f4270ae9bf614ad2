package org.officeapi.emulator.auth.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the typed values condition operators compare: numbers, dates (ISO 8601 or epoch seconds),
 * booleans, base64 binaries and IP addresses with CIDR ranges (IPv4 and IPv6). A value that cannot be
 * read never matches, as in IAM.
 */
final class ConditionValues {

    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ConditionValues() {}

    static int compareNumbers(String left, String right) {
        try {
            return Integer.signum(new BigDecimal(left.trim()).compareTo(new BigDecimal(right.trim())));
        } catch (NumberFormatException e) {
            return INCOMPARABLE;
        }
    }

    static int compareDates(String left, String right) {
        Instant a = instant(left);
        Instant b = instant(right);
        return a == null || b == null ? INCOMPARABLE : Integer.signum(a.compareTo(b));
    }

    /** ISO 8601 (date, date-time with or without offset) or epoch seconds; null when neither. */
    static Instant instant(String text) {
        String value = text.trim();
        if (EPOCH.matcher(value).matches()) {
            BigDecimal seconds = new BigDecimal(value);
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    static boolean sameBoolean(String request, String policy) {
        String r = request.trim().toLowerCase(Locale.ROOT);
        String p = policy.trim().toLowerCase(Locale.ROOT);
        return (r.equals("true") || r.equals("false")) && r.equals(p);
    }

    /** The policy holds base64; the request value is compared as base64 when it is, else as its UTF-8 bytes. */
    static boolean sameBytes(String request, String policy) {
        byte[] wanted;
        try {
            wanted = Base64.getDecoder().decode(policy.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(request.trim());
        } catch (IllegalArgumentException e) {
            given = request.getBytes(StandardCharsets.UTF_8);
        }
        return Arrays.equals(wanted, given) || Arrays.equals(wanted, request.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code address} lies in {@code cidr} (a bare address is a /32 or /128). */
    static boolean inCidr(String address, String cidr) {
        String range = cidr.trim();
        int slash = range.indexOf('/');
        byte[] network = literalAddress(slash < 0 ? range : range.substring(0, slash));
        byte[] candidate = literalAddress(address.trim());
        if (network == null || candidate == null || network.length != candidate.length) {
            return false;
        }
        int bits;
        try {
            bits = slash < 0 ? network.length * 8 : Integer.parseInt(range.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (bits < 0 || bits > network.length * 8) {
            return false;
        }
        BigInteger mask = bits == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(network.length * 8 - bits);
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
    }

    /** The bytes of an IP literal; never a DNS lookup, so anything but a literal is null. */
    private static byte[] literalAddress(String text) {
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return null;
                }
                out[i] = (byte) octet;
            }
            return out;
        }
        if (IPV6.matcher(text).matches()) {
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
