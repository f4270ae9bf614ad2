package org.officeapi.emulator.cognitoidentity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Cognito tells STS and IAM about an identity (reference §2.7, §3.1, §4.3): the {@code amr} values
 * and the request context a role's trust policy is evaluated with.
 * <ul>
 *   <li>authenticated through a user pool: {@code ["authenticated", "<provider>", "<provider>:CognitoSignIn:<sub>"]},
 *       where {@code <provider>} is {@code cognito-idp.{region}.amazonaws.com/{userPoolId}} (no client id: API Gateway's
 *       {@code cognitoAuthenticationProvider} is the last two joined by a comma);</li>
 *   <li>a guest: {@code ["unauthenticated"]}.</li>
 * </ul>
 */
final class TrustContext {

    static final String PRINCIPAL = "cognito-identity.amazonaws.com";
    static final String AUD = PRINCIPAL + ":aud";
    static final String AMR = PRINCIPAL + ":amr";
    static final String SUB = PRINCIPAL + ":sub";

    private TrustContext() {}

    static List<String> authenticatedAmr(List<VerifiedLogin> logins) {
        ArrayList<String> amr = new ArrayList<>();
        amr.add("authenticated");
        for (VerifiedLogin login : logins) {
            String provider = login.provider().providerName();
            amr.add(provider);
            amr.add(provider + ":CognitoSignIn:" + login.subject());
        }
        return List.copyOf(amr);
    }

    static List<String> unauthenticatedAmr() {
        return List.of("unauthenticated");
    }

    /** The context keys of {@code sts:AssumeRoleWithWebIdentity} for Cognito's principal. */
    static Map<String, List<String>> of(String identityPoolId, String identityId, List<String> amr) {
        return Map.of(AUD, List.of(identityPoolId), AMR, List.copyOf(amr), SUB, List.of(identityId));
    }
}
