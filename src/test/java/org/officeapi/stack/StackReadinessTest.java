package org.officeapi.stack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which user readiness checks each role with: one whose groups make that role the ID token's preferred role. */
class StackReadinessTest {

    private static StackSpec.Builder groups() {
        return new StackSpec.Builder()
                .group(new GroupSpec("Admin", 0, "AdminRole"))
                .group(new GroupSpec("User", 1, "UserRole"))
                .group(new GroupSpec("Auditors", 0, "AuditorRole"))
                .group(new GroupSpec("Readers", null, "ReaderRole"))
                .group(new GroupSpec("Writers", null, "WriterRole"))
                .group(new GroupSpec("Plain", 2, null));
    }

    private static String preferred(String... groups) {
        StackSpec spec = groups().user(new UserSpec("U", List.of(groups))).build();
        return StackReadiness.preferredRole(spec, spec.user("U")).orElse(null);
    }

    @Test
    void theLowestPrecedenceWins() {
        assertThat(preferred("Admin", "User")).isEqualTo("AdminRole");
        assertThat(preferred("User", "Admin")).isEqualTo("AdminRole");
        assertThat(preferred("User")).isEqualTo("UserRole");
    }

    @Test
    void aGroupWithAPrecedenceBeatsOneWithout() {
        assertThat(preferred("Readers", "User")).isEqualTo("UserRole");
    }

    @Test
    void aTieOnDifferentRolesPrefersNone() {
        assertThat(preferred("Admin", "Auditors")).isNull();
        assertThat(preferred("Readers", "Writers")).isNull();
    }

    @Test
    void groupsWithoutARoleAreSkipped() {
        assertThat(preferred("Plain", "User")).isEqualTo("UserRole");
        assertThat(preferred("Plain")).isNull();
        assertThat(preferred()).isNull();
    }

    @Test
    void eachRoleIsCheckedWithTheFirstUserWhoPrefersIt() {
        StackSpec spec = groups()
                .user(new UserSpec("Nina", List.of()))
                .user(new UserSpec("John", List.of("User")))
                .user(new UserSpec("Rose", List.of("Admin", "User")))
                .user(new UserSpec("Jim", List.of("User")))
                .user(new UserSpec("Zoe", List.of("Admin", "Auditors")))
                .build();

        assertThat(StackReadiness.preferringUsers(spec)).isEqualTo(Map.of("UserRole", "John", "AdminRole", "Rose"));
    }
}
