package org.officeapi.emulator.cognitoidp.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPoliciesTest {

    private static final PasswordPolicyType DEFAULTS = PasswordPolicies.defaults();

    @Test
    void theDefaultPolicyIsAwsDefault() {
        assertThat(DEFAULTS.minimumLength()).isEqualTo(8);
        assertThat(DEFAULTS.requireUppercase()).isTrue();
        assertThat(DEFAULTS.requireLowercase()).isTrue();
        assertThat(DEFAULTS.requireNumbers()).isTrue();
        assertThat(DEFAULTS.requireSymbols()).isTrue();
        assertThat(DEFAULTS.temporaryPasswordValidityDays()).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ab1!x      | Password not long enough",
            "12341234   | Password must have lowercase characters",
            "abcdefg1!  | Password must have uppercase characters",
            "TestTest   | Password must have numeric characters",
            "Password1  | Password must have symbol characters",
            "password   | Password must have uppercase characters",
    })
    void reportsTheFirstRuleBrokenInAwsOrder(String password, String rule) {
        assertThat(PasswordPolicies.violation(DEFAULTS, password)).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Correct-Horse-9", "Aa1^aaaa", "Aa1\\aaaa", "Aa1`aaaa", "Aa1=aaaa"})
    void acceptsPasswordsMeetingEveryRule(String password) {
        assertThat(PasswordPolicies.violation(DEFAULTS, password)).isEmpty();
    }

    @Test
    void aSpaceCountsAsASymbolOnlyInside() {
        assertThat(PasswordPolicies.violation(DEFAULTS, "Abcd 1234")).isEmpty();
        assertThat(PasswordPolicies.violation(DEFAULTS, " Abcd1234")).contains("Password must have symbol characters");
        assertThat(PasswordPolicies.violation(DEFAULTS, "Abcd1234 ")).contains("Password must have symbol characters");
    }

    @Test
    void aPartialPolicyRequiresOnlyWhatItNames() {
        PasswordPolicyType lenient = PasswordPolicies.complete(PasswordPolicyType.builder().minimumLength(6).requireNumbers(true).build());

        assertThat(PasswordPolicies.violation(lenient, "abcde1")).isEmpty();
        assertThat(PasswordPolicies.violation(lenient, "abcdef")).contains("Password must have numeric characters");
        assertThat(lenient.temporaryPasswordValidityDays()).isEqualTo(7);
        assertThat(lenient.requireSymbols()).isFalse();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        PasswordPolicyType lengthOnly = PasswordPolicies.complete(PasswordPolicyType.builder().minimumLength(8).build());

        assertThat(PasswordPolicies.violation(lengthOnly, "ééééééé")).contains("Password not long enough");
        assertThat(PasswordPolicies.violation(lengthOnly, "éééééééé")).isEmpty();
    }

    @Test
    void generatedTemporaryPasswordsMeetThePolicy() {
        PasswordPolicyType strict = PasswordPolicies.complete(PasswordPolicyType.builder().minimumLength(20).requireLowercase(true)
                .requireUppercase(true).requireNumbers(true).requireSymbols(true).build());
        for (int i = 0; i < 200; i++) {
            assertThat(PasswordPolicies.violation(strict, TemporaryPasswords.generate(strict))).isEmpty();
            assertThat(PasswordPolicies.violation(DEFAULTS, TemporaryPasswords.generate(DEFAULTS))).isEmpty();
        }
    }

    @Test
    void anSrpVerifierMatchesOnlyItsPassword() {
        SrpPasswordCredential credential = SrpPasswordCredential.of("us-east-1_pool", "rose", "Correct-Horse-9");

        assertThat(credential.matches("Correct-Horse-9")).isTrue();
        assertThat(credential.matches("correct-horse-9")).isFalse();
        assertThat(credential.matches(null)).isFalse();
        assertThat(credential.toString()).doesNotContain("Correct");
        assertThat(SrpPasswordCredential.of("us-east-1_pool", "john", "Correct-Horse-9").matches("Correct-Horse-9")).isTrue();
    }
}
