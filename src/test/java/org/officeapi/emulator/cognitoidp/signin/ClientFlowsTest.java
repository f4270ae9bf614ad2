package org.officeapi.emulator.cognitoidp.signin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientFlowsTest {

    @Test
    void aClientWithoutExplicitFlowsAllowsSrpRefreshAndCustomOnly() {
        assertThat(ClientFlows.allows(ClientFlows.DEFAULTS, "USER_SRP_AUTH")).isTrue();
        assertThat(ClientFlows.allows(ClientFlows.DEFAULTS, "REFRESH_TOKEN_AUTH")).isTrue();
        assertThat(ClientFlows.allows(ClientFlows.DEFAULTS, "REFRESH_TOKEN")).isTrue();
        assertThat(ClientFlows.allows(ClientFlows.DEFAULTS, "CUSTOM_AUTH")).isTrue();
        assertThat(ClientFlows.allows(ClientFlows.DEFAULTS, "USER_PASSWORD_AUTH")).isFalse();
        assertThat(ClientFlows.allows(ClientFlows.DEFAULTS, "ADMIN_USER_PASSWORD_AUTH")).isFalse();
    }

    @Test
    void allowValuesAllowExactlyTheirFlows() {
        List<String> flows = List.of("ALLOW_USER_PASSWORD_AUTH");

        assertThat(ClientFlows.allows(flows, "USER_PASSWORD_AUTH")).isTrue();
        assertThat(ClientFlows.allows(flows, "REFRESH_TOKEN_AUTH")).isFalse();
        assertThat(ClientFlows.allows(flows, "USER_SRP_AUTH")).isFalse();
        assertThat(ClientFlows.allows(List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH"), "ADMIN_NO_SRP_AUTH")).isTrue();
        assertThat(ClientFlows.allows(List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH"), "ADMIN_USER_PASSWORD_AUTH")).isTrue();
    }

    @Test
    void legacyValuesAddTheirFlowToSrpAndRefresh() {
        List<String> flows = List.of("USER_PASSWORD_AUTH");

        assertThat(ClientFlows.allows(flows, "USER_PASSWORD_AUTH")).isTrue();
        assertThat(ClientFlows.allows(flows, "USER_SRP_AUTH")).isTrue();
        assertThat(ClientFlows.allows(flows, "REFRESH_TOKEN_AUTH")).isTrue();
        assertThat(ClientFlows.allows(flows, "ADMIN_USER_PASSWORD_AUTH")).isFalse();
        assertThat(ClientFlows.allows(List.of("ADMIN_NO_SRP_AUTH"), "ADMIN_USER_PASSWORD_AUTH")).isTrue();
    }

    @Test
    void customAuthOnlyShutsOutSrpAndPasswords() {
        List<String> flows = List.of("CUSTOM_AUTH_FLOW_ONLY");

        assertThat(ClientFlows.allows(flows, "CUSTOM_AUTH")).isTrue();
        assertThat(ClientFlows.allows(flows, "USER_SRP_AUTH")).isFalse();
        assertThat(ClientFlows.allows(flows, "USER_PASSWORD_AUTH")).isFalse();
    }

    @Test
    void theSecretHashIsTheHmacOfUsernameAndClientId() {
        // echo -n 'rose1example23456789' | openssl dgst -sha256 -hmac 'secret' -binary | base64
        assertThat(SecretHash.compute("secret", "rose", "1example23456789")).isEqualTo("4ZDHEJhtjL8wW2DnZ4GrjaaK9SwQrLfSdFaQQpnQk58=");
    }
}
