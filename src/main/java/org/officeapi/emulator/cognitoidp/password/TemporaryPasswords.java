package org.officeapi.emulator.cognitoidp.password;

import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The temporary password AdminCreateUser makes up when none is given: random, and always within the
 * pool's policy (one character of every class, then letters and digits up to the required length).
 */
public final class TemporaryPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%&*+-=?@^_";

    private TemporaryPasswords() {}

    public static String generate(PasswordPolicyType policy) {
        int length = Math.max(12, policy.minimumLength() == null ? 8 : policy.minimumLength());
        List<Character> chars = new ArrayList<>();
        chars.add(pick(LOWER));
        chars.add(pick(UPPER));
        chars.add(pick(DIGITS));
        chars.add(pick(SYMBOLS));
        String fill = Ids.mixedAlnum(length - chars.size());
        for (char c : fill.toCharArray()) {
            chars.add(c);
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder out = new StringBuilder(length);
        chars.forEach(out::append);
        return out.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
