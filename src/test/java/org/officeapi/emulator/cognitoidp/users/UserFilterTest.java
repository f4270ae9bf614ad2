package org.officeapi.emulator.cognitoidp.users;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.password.SrpPasswordCredential;
import org.officeapi.emulator.core.AwsErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserFilterTest {

    private static User user(String name, String email, UserStatusType status, boolean enabled) {
        Instant now = Instant.EPOCH;
        return new User(name, "sub-" + name, Map.of("email", email), status, enabled, SrpPasswordCredential.of("us-east-1_test", "user", "x"), now, now, now, null);
    }

    private static final User ROSE = user("rose", "rose@example.com", UserStatusType.CONFIRMED, true);
    private static final User JOHN = user("john", "john@example.org", UserStatusType.FORCE_CHANGE_PASSWORD, false);

    @Test
    void exactAndPrefixMatches() {
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("username = \"rose\"")).containsExactly(ROSE);
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("email ^= \"john@\"")).containsExactly(JOHN);
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("email^=\"nobody\"")).isEmpty();
    }

    @Test
    void statusesAndSubAreSearchable() {
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("cognito:user_status = \"CONFIRMED\"")).containsExactly(ROSE);
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("status = \"Disabled\"")).containsExactly(JOHN);
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("sub = \"sub-john\"")).containsExactly(JOHN);
    }

    @Test
    void anEmptyFilterKeepsEveryone() {
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse("")).containsExactly(ROSE, JOHN);
        assertThat(List.of(ROSE, JOHN)).filteredOn(UserFilter.parse(null)).containsExactly(ROSE, JOHN);
    }

    @Test
    void anUnreadableFilterIsAnInvalidParameter() {
        assertThatThrownBy(() -> UserFilter.parse("username = rose")).isInstanceOfSatisfying(AwsErrorException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameterException");
            assertThat(e.getMessage()).isEqualTo("Error while parsing filter.");
        });
        assertThatThrownBy(() -> UserFilter.parse("custom:team = \"x\"")).isInstanceOf(AwsErrorException.class);
    }

    @Test
    void pagesSplitAListAndComeBackTogether() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);

        Pages.Page<Integer> first = Pages.of(all, 2, null, 60);
        Pages.Page<Integer> second = Pages.of(all, 2, first.nextToken(), 60);
        Pages.Page<Integer> last = Pages.of(all, 2, second.nextToken(), 60);

        assertThat(first.items()).containsExactly(1, 2);
        assertThat(second.items()).containsExactly(3, 4);
        assertThat(last.items()).containsExactly(5);
        assertThat(last.nextToken()).isNull();
        assertThatThrownBy(() -> Pages.of(all, 2, "garbage!", 60)).isInstanceOf(AwsErrorException.class);
    }
}
