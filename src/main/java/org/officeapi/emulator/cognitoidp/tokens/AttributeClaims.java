package org.officeapi.emulator.cognitoidp.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's attributes as ID-token claims: {@code email_verified} and {@code phone_number_verified} as JSON
 * booleans, {@code updated_at} as a number, everything else (custom attributes included) as strings, and
 * only the attributes the app client may read (all of them when the client names none).
 */
final class AttributeClaims {

    private AttributeClaims() {}

    static Map<String, Object> of(Map<String, String> attributes, List<String> readable) {
        Map<String, Object> claims = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (readable.isEmpty() || readable.contains(name)) {
                claims.put(name, typed(name, value));
            }
        });
        return claims;
    }

    private static Object typed(String name, String value) {
        if (name.equals("email_verified") || name.equals("phone_number_verified")) {
            return Boolean.parseBoolean(value);
        }
        if (name.equals("updated_at") && value.matches("\\d{1,18}")) {
            return Long.parseLong(value);
        }
        return value;
    }
}
