package org.officeapi.emulator.iam;

import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.WebIdentity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global condition keys AWS puts in the request context of a call made by a role session,
 * including, for a web identity session, the provider's {@code aud}, {@code sub} and {@code amr}
 * (which is how {@code ${cognito-identity.amazonaws.com:sub}} resolves in a role's policies).
 */
final class CallerContextKeys {

    private CallerContextKeys() {}

    static Map<String, List<String>> of(Caller caller, Instant now) {
        Map<String, List<String>> keys = new LinkedHashMap<>(timeKeys(now));
        keys.put("aws:userid", List.of(caller.principalId()));
        keys.put("aws:PrincipalAccount", List.of(caller.accountId()));
        if (caller.kind() == Caller.Kind.ASSUMED_ROLE) {
            keys.put("aws:PrincipalArn", List.of(caller.roleArn()));
            keys.put("aws:PrincipalType", List.of("AssumedRole"));
        } else {
            keys.put("aws:PrincipalArn", List.of(caller.arn()));
            keys.put("aws:PrincipalType", List.of("Account"));
        }
        WebIdentity identity = caller.webIdentity();
        if (identity != null) {
            keys.put("aws:FederatedProvider", List.of(identity.provider()));
            keys.put(identity.provider() + ":aud", List.of(identity.audience()));
            keys.put(identity.provider() + ":sub", List.of(identity.subject()));
            keys.put(identity.provider() + ":amr", identity.amr());
        }
        return keys;
    }

    static Map<String, List<String>> timeKeys(Instant now) {
        return Map.of("aws:CurrentTime", List.of(now.truncatedTo(ChronoUnit.SECONDS).toString()),
                "aws:EpochTime", List.of(Long.toString(now.getEpochSecond())));
    }
}
