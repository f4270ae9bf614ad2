package org.officeapi.srp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Comparisons of secrets (signatures, verifiers, hashes) whose running time does not depend on where
 * the first difference is, so that an attacker cannot learn a correct prefix by timing guesses.
 */
public final class ConstantTime {

    private ConstantTime() {
    }

    /** True when both arrays have the same length and content; time depends only on the lengths. */
    public static boolean equals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** The same for strings, compared as their UTF-8 bytes. */
    public static boolean equals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
