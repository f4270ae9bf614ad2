package org.officeapi.emulator.core;

import java.security.SecureRandom;
import java.util.UUID;

/** Identifiers in the shapes AWS gives them. Random, so that nothing can guess one. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // IAM unique ids and access keys use base32-like upper-case letters and digits 2-7
    private static final String IAM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Ids() {}

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    public static String upperAlnum(int length) {
        return draw(UPPER_ALNUM, length);
    }

    public static String lowerAlnum(int length) {
        return draw(LOWER_ALNUM, length);
    }

    public static String mixedAlnum(int length) {
        return draw(MIXED_ALNUM, length);
    }

    /** An IAM unique id such as {@code AROA…} (role) or an access key id such as {@code ASIA…}: 20 or 21 characters. */
    public static String iamId(String prefix, int length) {
        return prefix + draw(IAM_ALPHABET, length - prefix.length());
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String draw(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
