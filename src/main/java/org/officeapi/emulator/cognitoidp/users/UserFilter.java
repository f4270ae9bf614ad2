package org.officeapi.emulator.cognitoidp.users;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.User;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ListUsers' {@code Filter}: {@code <attribute> = "<value>"} (exact) or {@code <attribute> ^= "<value>"}
 * (prefix), on the attributes AWS allows it on: username, email, phone_number, name, given_name, family_name,
 * preferred_username, cognito:user_status, status (Enabled/Disabled) and sub. An empty filter keeps every user.
 */
public final class UserFilter {

    private static final Pattern SYNTAX = Pattern.compile("\\s*([a-z_:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

    private static final Map<String, Function<User, String>> SEARCHABLE = Map.of(
            "username", User::username,
            "email", u -> u.attributes().get("email"),
            "phone_number", u -> u.attributes().get("phone_number"),
            "name", u -> u.attributes().get("name"),
            "given_name", u -> u.attributes().get("given_name"),
            "family_name", u -> u.attributes().get("family_name"),
            "preferred_username", u -> u.attributes().get("preferred_username"),
            "cognito:user_status", u -> u.status().toString(),
            "status", u -> u.enabled() ? "Enabled" : "Disabled",
            "sub", User::sub);

    private UserFilter() {}

    public static Predicate<User> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return user -> true;
        }
        Matcher m = SYNTAX.matcher(filter);
        if (!m.matches()) {
            throw CognitoIdpErrors.invalidFilter();
        }
        Function<User, String> attribute = SEARCHABLE.get(m.group(1));
        if (attribute == null) {
            // UNCONFIRMED wording
            throw CognitoIdpErrors.invalidParameter("Invalid search attribute: " + m.group(1));
        }
        boolean prefix = m.group(2).equals("^=");
        String value = m.group(3).replaceAll("\\\\(.)", "$1");
        return user -> {
            String actual = attribute.apply(user);
            return actual != null && (prefix ? actual.startsWith(value) : actual.equals(value));
        };
    }
}
