package org.officeapi.emulator.cognitoidp.tokens;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidp.tokens.RoleClaims.GroupRole;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The precedence and tie rules of reference/aws-semantics.md §1.3. */
class RoleClaimsTest {

    private static final String ADMIN_ROLE = "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin";
    private static final String USER_ROLE = "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser";
    private static final String OTHER_ROLE = "arn:aws:iam::000000000000:role/Other";

    private static final GroupRole ADMIN = new GroupRole("Admin", 0, ADMIN_ROLE);
    private static final GroupRole USER = new GroupRole("User", 1, USER_ROLE);

    @Test
    void roseInAdminAndUserPrefersTheAdminRole() {
        RoleClaims claims = RoleClaims.of(List.of(ADMIN, USER));

        assertThat(claims.roles()).containsExactly(ADMIN_ROLE, USER_ROLE);
        assertThat(claims.preferredRole()).contains(ADMIN_ROLE);
    }

    @Test
    void theOrderTheGroupsAreGivenInDoesNotChooseThePreferredRole() {
        assertThat(RoleClaims.of(List.of(USER, ADMIN)).preferredRole()).contains(ADMIN_ROLE);
    }

    @Test
    void johnInUserOnlyPrefersTheUserRole() {
        RoleClaims claims = RoleClaims.of(List.of(USER));

        assertThat(claims.roles()).containsExactly(USER_ROLE);
        assertThat(claims.preferredRole()).contains(USER_ROLE);
    }

    @Test
    void aUserInNoGroupHasNoRoleClaims() {
        RoleClaims claims = RoleClaims.of(List.of());

        assertThat(claims.roles()).isEmpty();
        assertThat(claims.preferredRole()).isEmpty();
    }

    @Test
    void tiedGroupsWithTheSameRoleAgreeOnIt() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("A", 0, OTHER_ROLE), new GroupRole("B", 0, OTHER_ROLE), USER));

        assertThat(claims.roles()).containsExactly(OTHER_ROLE, USER_ROLE);
        assertThat(claims.preferredRole()).contains(OTHER_ROLE);
    }

    @Test
    void tiedGroupsWithDifferentRolesLeaveNoPreferredRole() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("A", 0, ADMIN_ROLE), new GroupRole("B", 0, OTHER_ROLE), USER));

        assertThat(claims.roles()).containsExactly(ADMIN_ROLE, OTHER_ROLE, USER_ROLE);
        assertThat(claims.preferredRole()).isEmpty();
    }

    @Test
    void aTieBelowTheBestPrecedenceDoesNotMatter() {
        RoleClaims claims = RoleClaims.of(List.of(ADMIN, new GroupRole("B", 1, USER_ROLE), new GroupRole("C", 1, OTHER_ROLE)));

        assertThat(claims.preferredRole()).contains(ADMIN_ROLE);
    }

    @Test
    void aGroupWithoutARoleIsSkippedEvenWithTheBestPrecedence() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("Staff", 0, null), USER));

        assertThat(claims.roles()).containsExactly(USER_ROLE);
        assertThat(claims.preferredRole()).contains(USER_ROLE);
    }

    @Test
    void groupsWithoutRolesGiveNoRoleClaims() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("Staff", 0, null), new GroupRole("Guests", null, null)));

        assertThat(claims.roles()).isEmpty();
        assertThat(claims.preferredRole()).isEmpty();
    }

    @Test
    void aPrecedenceBeatsNone() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("Unranked", null, ADMIN_ROLE), new GroupRole("Ranked", 7, USER_ROLE)));

        assertThat(claims.preferredRole()).contains(USER_ROLE);
    }

    @Test
    void severalRolesAllWithoutPrecedenceLeaveNoPreferredRole() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("A", null, ADMIN_ROLE), new GroupRole("B", null, USER_ROLE)));

        assertThat(claims.roles()).containsExactly(ADMIN_ROLE, USER_ROLE);
        assertThat(claims.preferredRole()).isEmpty();
    }

    @Test
    void aSingleRoleIsPreferredWhateverThePrecedences() {
        RoleClaims claims = RoleClaims.of(List.of(new GroupRole("A", null, USER_ROLE), new GroupRole("B", 5, USER_ROLE),
                new GroupRole("C", 0, null)));

        assertThat(claims.roles()).containsExactly(USER_ROLE);
        assertThat(claims.preferredRole()).contains(USER_ROLE);
    }

    @Test
    void theSameRoleFromTwoGroupsIsListedOnce() {
        assertThat(RoleClaims.of(List.of(ADMIN, new GroupRole("Ops", 2, ADMIN_ROLE), USER)).roles())
                .containsExactly(ADMIN_ROLE, USER_ROLE);
    }

    @Test
    void tokensListGroupsByPrecedenceWithUnrankedGroupsLast() {
        List<GroupRole> groups = new ArrayList<>(List.of(new GroupRole("Zeta", null, null), USER, new GroupRole("Beta", null, null), ADMIN));

        groups.sort(RoleClaims.TOKEN_ORDER);

        assertThat(groups).extracting(GroupRole::groupName).containsExactly("Admin", "User", "Beta", "Zeta");
    }
}
