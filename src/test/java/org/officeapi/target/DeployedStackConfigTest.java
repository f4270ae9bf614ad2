package org.officeapi.target;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeployedStackConfigTest {

    private static Properties complete() {
        Properties p = new Properties();
        p.setProperty("region", "eu-west-1");
        p.setProperty("userPoolId", "eu-west-1_AbC");
        p.setProperty("clientId", "client123");
        p.setProperty("identityPoolId", "eu-west-1:1234");
        p.setProperty("apiId", "a1b2c3d4e5");
        p.setProperty("stage", "api");
        p.setProperty("user.John.username", "john");
        p.setProperty("user.Rose.username", "rose");
        p.setProperty("role.CognitoRoleSecureAPIAdmin", "arn:aws:iam::123456789012:role/prod-admin");
        return p;
    }

    @Test
    void readsTheStackAndTakesPasswordsFromTheEnvironment() {
        Map<String, String> env = Map.of("OFFICE_API_PASSWORD_JOHN", "j-secret", "OFFICE_API_PASSWORD_ROSE", "r-secret");
        DeployedStackConfig config = DeployedStackConfig.parse(complete(), env::get, "test");

        assertThat(config.usernames()).containsEntry("John", "john").containsEntry("Rose", "rose");
        assertThat(config.passwords()).containsEntry("John", "j-secret");
        assertThat(config.roles()).containsEntry("CognitoRoleSecureAPIAdmin", "arn:aws:iam::123456789012:role/prod-admin");
        assertThat(config.endpoint()).isNull();
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void namesEverythingThatIsMissingAtOnce() {
        Properties incomplete = complete();
        incomplete.remove("apiId");
        incomplete.remove("stage");

        assertThatThrownBy(() -> DeployedStackConfig.parse(incomplete, Map.of("OFFICE_API_PASSWORD_JOHN", "x")::get, "stack.properties"))
                .isInstanceOf(TargetUnavailableException.class)
                .hasMessageContaining("apiId").hasMessageContaining("stage")
                .hasMessageContaining("OFFICE_API_PASSWORD_ROSE");
    }
}
