package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.AppClient;

import java.util.List;
import java.util.Set;

/**
 * Which sign-in flows an app client's ExplicitAuthFlows allow. With {@code ALLOW_*} values, a flow is allowed
 * exactly when its value is listed (a client created without the field gets ALLOW_REFRESH_TOKEN_AUTH,
 * ALLOW_USER_SRP_AUTH and ALLOW_CUSTOM_AUTH). With the legacy values (USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH,
 * CUSTOM_AUTH_FLOW_ONLY), SRP, refresh and custom sign-in stay allowed as they always were for such clients,
 * a legacy value adds its flow, and CUSTOM_AUTH_FLOW_ONLY leaves only custom and refresh.
 */
public final class ClientFlows {

    /** What ExplicitAuthFlows holds when CreateUserPoolClient names none. */
    public static final List<String> DEFAULTS = List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");
    public static final Set<String> LEGACY = Set.of("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY");

    private ClientFlows() {}

    /** Refuses a flow (an AuthFlow value) the client does not allow, in AWS's words. */
    public static void require(AppClient client, String authFlow) {
        if (!allows(client.explicitAuthFlows(), authFlow)) {
            throw switch (authFlow) {
                case "ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH" -> CognitoIdpErrors.authFlowNotEnabled();
                case "REFRESH_TOKEN" -> CognitoIdpErrors.flowNotEnabled("REFRESH_TOKEN_AUTH");
                default -> CognitoIdpErrors.flowNotEnabled(authFlow);
            };
        }
    }

    static boolean allows(List<String> configured, String authFlow) {
        List<String> flows = configured.isEmpty() ? DEFAULTS : configured;
        boolean legacy = flows.stream().allMatch(LEGACY::contains);
        return switch (authFlow) {
            case "USER_PASSWORD_AUTH" -> flows.contains(legacy ? "USER_PASSWORD_AUTH" : "ALLOW_USER_PASSWORD_AUTH");
            case "ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH" -> flows.contains(legacy ? "ADMIN_NO_SRP_AUTH" : "ALLOW_ADMIN_USER_PASSWORD_AUTH");
            case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" -> legacy || flows.contains("ALLOW_REFRESH_TOKEN_AUTH");
            case "USER_SRP_AUTH" -> legacy ? !flows.contains("CUSTOM_AUTH_FLOW_ONLY") : flows.contains("ALLOW_USER_SRP_AUTH");
            case "CUSTOM_AUTH" -> legacy || flows.contains("ALLOW_CUSTOM_AUTH");
            default -> false;
        };
    }
}
