package org.officeapi.stack;

import java.security.SecureRandom;

/** Made-up passwords that satisfy Cognito's default policy (8+, upper, lower, digit, symbol). */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+-=_.";

    private Passwords() {}

    public static String generate() {
        StringBuilder password = new StringBuilder();
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
        for (int i = 0; i < 16; i++) {
            password.append(pick(all));
        }
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
