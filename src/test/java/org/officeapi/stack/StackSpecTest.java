package org.officeapi.stack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSpecTest {

    private static StackSpec.Builder walkthrough() {
        return new StackSpec.Builder()
                .api("office_api", "api", List.of(new ApiResource("GET", "/user", "Hello user"), new ApiResource("GET", "/admin", "Hello admin")))
                .group(new GroupSpec("Admin", 0, "AdminRole"))
                .group(new GroupSpec("User", 1, "UserRole"))
                .roleMayInvoke("AdminRole", "GET", "/user")
                .roleMayInvoke("AdminRole", "GET", "/admin")
                .roleMayInvoke("UserRole", "GET", "/user")
                .user(new UserSpec("John", List.of("User")))
                .user(new UserSpec("Rose", List.of("Admin", "User")));
    }

    @Test
    void twoBackgroundsStatingTheSameStackAreOneStack() {
        assertThat(walkthrough().build()).isEqualTo(walkthrough().build()).hasSameHashCodeAs(walkthrough().build());
    }

    @Test
    void aDifferentTableIsADifferentStack() {
        StackSpec other = walkthrough().user(new UserSpec("Max", List.of())).build();
        assertThat(other).isNotEqualTo(walkthrough().build());
    }

    @Test
    void rolesCollectWhatTheyMayInvoke() {
        StackSpec spec = walkthrough().build();
        assertThat(spec.roles().get("AdminRole").mayInvoke()).extracting(ApiResource::path).containsExactly("/user", "/admin");
        assertThat(spec.roles().get("UserRole").mayInvoke()).extracting(ApiResource::path).containsExactly("/user");
        assertThat(spec.roleMapping()).isEqualTo(RoleMappingSpec.TOKEN_DENY);
    }

    @Test
    void aGrantForAMethodTheApiDoesNotHaveIsAMistakeInTheBackground() {
        assertThatThrownBy(() -> walkthrough().roleMayInvoke("UserRole", "GET", "/payroll"))
                .hasMessage("the API has no GET /payroll");
    }

    @Test
    void aUserInAnUndefinedGroupIsAMistakeInTheBackground() {
        assertThatThrownBy(() -> walkthrough().user(new UserSpec("Max", List.of("Finance"))).build())
                .hasMessageContaining("Max is in group Finance");
    }
}
