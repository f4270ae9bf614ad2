package org.officeapi.emulator.cognitoidentity;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidentity.model.MappingRule;
import org.officeapi.emulator.cognitoidentity.model.MatchType;
import org.officeapi.emulator.cognitoidentity.model.RoleMappingConfig;
import org.officeapi.emulator.cognitoidentity.model.RoleMappingConfig.AmbiguousRoleResolution;
import org.officeapi.emulator.cognitoidentity.model.RoleMappingConfig.Type;
import org.officeapi.emulator.core.AwsErrorException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleSelectionTest {

    private static final String KEY = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Office:clientabc123";
    private static final String DEFAULT = "arn:aws:iam::000000000000:role/Cognito_Authenticated";
    private static final String ADMIN = "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin";
    private static final String USER = "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser";

    private static final RoleMappingConfig TOKEN_DENY = new RoleMappingConfig(Type.TOKEN, AmbiguousRoleResolution.DENY, List.of());
    private static final RoleMappingConfig TOKEN_AUTHENTICATED =
            new RoleMappingConfig(Type.TOKEN, AmbiguousRoleResolution.AUTHENTICATED_ROLE, List.of());

    /** Rose: Admin (precedence 0) and User. */
    private static final Map<String, Object> ROSE = Map.of("sub", "rose", "cognito:groups", List.of("Admin", "User"),
            "cognito:roles", List.of(ADMIN, USER), "cognito:preferred_role", ADMIN);
    /** John: User only. */
    private static final Map<String, Object> JOHN = Map.of("sub", "john", "cognito:groups", List.of("User"),
            "cognito:roles", List.of(USER), "cognito:preferred_role", USER);
    /** Two groups of equal precedence with different roles: no preferred role. */
    private static final Map<String, Object> TIED = Map.of("sub", "tied", "cognito:roles", List.of(ADMIN, USER));
    /** In no group. */
    private static final Map<String, Object> NOBODY = Map.of("sub", "nobody", "email", "nobody@example.com");

    @Nested
    class WithoutRoleMapping {

        @Test
        void theAuthenticatedRoleIsUsed() {
            assertThat(RoleSelection.choose(null, KEY, DEFAULT, ROSE, null)).contains(DEFAULT);
        }

        @Test
        void aCustomRoleArnIsIgnored() {
            assertThat(RoleSelection.choose(null, KEY, DEFAULT, ROSE, ADMIN)).contains(DEFAULT);
        }

        @Test
        void noAuthenticatedRoleMeansNoRole() {
            assertThat(RoleSelection.choose(null, KEY, null, ROSE, null)).isEmpty();
        }
    }

    @Nested
    class FromToken {

        @Test
        void thePreferredRoleWins() {
            assertThat(RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, ROSE, null)).contains(ADMIN);
            assertThat(RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, JOHN, null)).contains(USER);
        }

        @Test
        void aCustomRoleAmongTheTokensRolesIsGranted() {
            assertThat(RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, ROSE, USER)).contains(USER);
            assertThat(RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, TIED, ADMIN)).contains(ADMIN);
        }

        @Test
        void aCustomRoleOutsideTheTokensRolesIsForbidden() {
            assertDenied(() -> RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, JOHN, ADMIN),
                    "Access to Role '" + ADMIN + "' is forbidden.");
            // even where the ambiguity would have been resolved to the authenticated role
            assertDenied(() -> RoleSelection.choose(TOKEN_AUTHENTICATED, KEY, DEFAULT, NOBODY, DEFAULT),
                    "Access to Role '" + DEFAULT + "' is forbidden.");
        }

        @Test
        void severalRolesWithoutAPreferredOneAreAmbiguous() {
            assertDenied(() -> RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, TIED, null),
                    "The ambiguous role mapping rules for: " + KEY + " denied this request.");
            assertThat(RoleSelection.choose(TOKEN_AUTHENTICATED, KEY, DEFAULT, TIED, null)).contains(DEFAULT);
        }

        @Test
        void noRolesAtAllAreAmbiguousToo() {
            assertDenied(() -> RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, NOBODY, null),
                    "The ambiguous role mapping rules for: " + KEY + " denied this request.");
            assertThat(RoleSelection.choose(TOKEN_AUTHENTICATED, KEY, DEFAULT, NOBODY, null)).contains(DEFAULT);
        }

        @Test
        void ambiguityResolvedToAnUnsetAuthenticatedRoleMeansNoRole() {
            assertThat(RoleSelection.choose(TOKEN_AUTHENTICATED, KEY, null, NOBODY, null)).isEmpty();
        }

        @Test
        void rolesGivenAsACommaSeparatedStringAreRead() {
            Map<String, Object> claims = Map.of("cognito:roles", ADMIN + "," + USER);
            assertThat(RoleSelection.choose(TOKEN_DENY, KEY, DEFAULT, claims, USER)).contains(USER);
        }
    }

    @Nested
    class FromRules {

        private final RoleMappingConfig rules = new RoleMappingConfig(Type.RULES, AmbiguousRoleResolution.DENY, List.of(
                new MappingRule("cognito:groups", MatchType.CONTAINS, "Admin", ADMIN),
                new MappingRule("cognito:groups", MatchType.EQUALS, "User", USER)));

        @Test
        void theFirstMatchingRuleWins() {
            assertThat(RoleSelection.choose(rules, KEY, DEFAULT, ROSE, null)).contains(ADMIN);
            assertThat(RoleSelection.choose(rules, KEY, DEFAULT, JOHN, null)).contains(USER);
        }

        @Test
        void noMatchIsAmbiguous() {
            assertDenied(() -> RoleSelection.choose(rules, KEY, DEFAULT, NOBODY, null),
                    "The ambiguous role mapping rules for: " + KEY + " denied this request.");
            RoleMappingConfig lenient = new RoleMappingConfig(Type.RULES, AmbiguousRoleResolution.AUTHENTICATED_ROLE, rules.rules());
            assertThat(RoleSelection.choose(lenient, KEY, DEFAULT, NOBODY, null)).contains(DEFAULT);
        }

        @Test
        void aCustomRoleMayPickAnotherMatchingRule() {
            assertThat(RoleSelection.choose(rules, KEY, DEFAULT, ROSE, USER)).contains(USER);
        }

        @Test
        void aCustomRoleNoMatchingRuleGrantsIsForbidden() {
            assertDenied(() -> RoleSelection.choose(rules, KEY, DEFAULT, JOHN, ADMIN), "Access to Role '" + ADMIN + "' is forbidden.");
        }

        @Test
        void theTokensPreferredRoleDoesNotMatterUnderRules() {
            Map<String, Object> claims = Map.of("cognito:groups", List.of("User"), "cognito:preferred_role", ADMIN);
            assertThat(RoleSelection.choose(rules, KEY, DEFAULT, claims, null)).contains(USER);
        }
    }

    @Nested
    class RuleMatching {

        private final Map<String, Object> claims = Map.of("email", "rose@office.example", "custom:tier", "gold",
                "email_verified", true, "auth_time", 1764237600L, "cognito:groups", List.of("Admin", "User"));

        @Test
        void equalsIsExact() {
            assertThat(matches("email", MatchType.EQUALS, "rose@office.example")).isTrue();
            assertThat(matches("email", MatchType.EQUALS, "ROSE@office.example")).isFalse();
            assertThat(matches("email", MatchType.EQUALS, "rose")).isFalse();
        }

        @Test
        void containsFindsASubstring() {
            assertThat(matches("email", MatchType.CONTAINS, "@office.")).isTrue();
            assertThat(matches("email", MatchType.CONTAINS, "@home.")).isFalse();
        }

        @Test
        void startsWithLooksAtTheBeginning() {
            assertThat(matches("email", MatchType.STARTS_WITH, "rose@")).isTrue();
            assertThat(matches("email", MatchType.STARTS_WITH, "office")).isFalse();
        }

        @Test
        void notEqualMatchesAnyOtherValue() {
            assertThat(matches("custom:tier", MatchType.NOT_EQUAL, "silver")).isTrue();
            assertThat(matches("custom:tier", MatchType.NOT_EQUAL, "gold")).isFalse();
        }

        @Test
        void aMissingClaimMatchesNoRuleNotEvenNotEqual() {
            for (MatchType type : MatchType.values()) {
                assertThat(matches("custom:missing", type, "anything")).as(type.wire()).isFalse();
            }
        }

        @Test
        void nonStringClaimsAreComparedAsJsonWritesThem() {
            assertThat(matches("email_verified", MatchType.EQUALS, "true")).isTrue();
            assertThat(matches("auth_time", MatchType.STARTS_WITH, "1764")).isTrue();
        }

        @Test
        void arrayClaimsAreComparedElementByElement() {
            assertThat(matches("cognito:groups", MatchType.EQUALS, "User")).isTrue();
            assertThat(matches("cognito:groups", MatchType.EQUALS, "Admin,User")).isFalse();
            assertThat(matches("cognito:groups", MatchType.CONTAINS, "dmi")).isTrue();
            assertThat(matches("cognito:groups", MatchType.STARTS_WITH, "Us")).isTrue();
            assertThat(matches("cognito:groups", MatchType.NOT_EQUAL, "User")).isFalse();
            assertThat(matches("cognito:groups", MatchType.NOT_EQUAL, "Guest")).isTrue();
        }

        private boolean matches(String claim, MatchType type, String value) {
            return RoleSelection.matches(new MappingRule(claim, type, value, USER), claims);
        }
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsErrorException.class, e -> {
            assertThat(e.code()).isEqualTo("NotAuthorizedException");
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
