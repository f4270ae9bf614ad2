package org.officeapi.emulator.cognitoidp.password;

import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

import java.util.Optional;

/**
 * A pool's password policy: AWS's defaults, and the check AWS applies wherever a password is chosen
 * (SignUp, AdminCreateUser's TemporaryPassword, AdminSetUserPassword, a NEW_PASSWORD_REQUIRED answer).
 * AWS reports one unmet rule at a time, in this order: length, lower case, upper case, numbers, symbols
 * (observed: "TestTest" is refused for numbers, "12341234" for lower case).
 */
public final class PasswordPolicies {

    /** The characters AWS counts as symbols (the Cognito developer guide's list; a space counts when not leading or trailing). */
    static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    private PasswordPolicies() {}

    /** What a pool gets when CreateUserPool names no policy: 8 characters, all four classes, temporary passwords valid 7 days. */
    public static PasswordPolicyType defaults() {
        return PasswordPolicyType.builder().minimumLength(8).requireUppercase(true).requireLowercase(true)
                .requireNumbers(true).requireSymbols(true).temporaryPasswordValidityDays(7).build();
    }

    /** A policy given in part, completed as AWS completes it (absent booleans are false; absent numbers take the default). */
    public static PasswordPolicyType complete(PasswordPolicyType given) {
        if (given == null) {
            return defaults();
        }
        return given.toBuilder()
                .minimumLength(given.minimumLength() == null ? 8 : given.minimumLength())
                .requireUppercase(Boolean.TRUE.equals(given.requireUppercase()))
                .requireLowercase(Boolean.TRUE.equals(given.requireLowercase()))
                .requireNumbers(Boolean.TRUE.equals(given.requireNumbers()))
                .requireSymbols(Boolean.TRUE.equals(given.requireSymbols()))
                .temporaryPasswordValidityDays(given.temporaryPasswordValidityDays() == null ? 7 : given.temporaryPasswordValidityDays())
                .build();
    }

    /** The first rule {@code password} breaks, in AWS's words (e.g. "Password not long enough"), or empty. */
    public static Optional<String> violation(PasswordPolicyType policy, String password) {
        int length = password.codePointCount(0, password.length());
        if (policy.minimumLength() != null && length < policy.minimumLength()) {
            return Optional.of("Password not long enough");
        }
        if (Boolean.TRUE.equals(policy.requireLowercase()) && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.of("Password must have lowercase characters");
        }
        if (Boolean.TRUE.equals(policy.requireUppercase()) && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.of("Password must have uppercase characters");
        }
        if (Boolean.TRUE.equals(policy.requireNumbers()) && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("Password must have numeric characters");
        }
        if (Boolean.TRUE.equals(policy.requireSymbols()) && !hasSymbol(password)) {
            return Optional.of("Password must have symbol characters");
        }
        return Optional.empty();
    }

    private static boolean hasSymbol(String password) {
        String inner = password.strip();
        return inner.chars().anyMatch(c -> SYMBOLS.indexOf(c) >= 0);
    }
}
