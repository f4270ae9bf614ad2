package org.officeapi.targets;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a run exchanged with AWS, read from the relayed traffic: passwords it set or signed in with,
 * the tokens Cognito gave it, the temporary keys and session tokens of its role credentials (JSON of the
 * Cognito services, XML of STS, the session token header of signed calls).
 */
final class SecretsInTraffic {

    private static final Pattern JSON_FIELD = Pattern.compile("\"(Password|TemporaryPassword|ProposedPassword|PreviousPassword"
            + "|PASSWORD|NEW_PASSWORD|SecretKey|SecretAccessKey|SessionToken|IdToken|AccessToken|RefreshToken|REFRESH_TOKEN|Token)\""
            + "\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern XML_FIELD = Pattern.compile("<(SecretAccessKey|SessionToken)>([^<]+)</");
    private static final Pattern SESSION_HEADER = Pattern.compile("(?im)^(X-Amz-Security-Token):\\s*(\\S+)");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private SecretsInTraffic() {}

    /** Each secret found, with the field it came in (never printed itself). */
    static Map<String, String> in(String traffic) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Pattern pattern : new Pattern[]{JSON_FIELD, XML_FIELD, SESSION_HEADER}) {
            Matcher matcher = pattern.matcher(traffic);
            while (matcher.find()) {
                if (matcher.group(2).length() >= 8) {
                    secrets.putIfAbsent(matcher.group(2), matcher.group(1));
                }
            }
        }
        Matcher jwt = JWT.matcher(traffic);
        while (jwt.find()) {
            secrets.putIfAbsent(jwt.group(), "JWT");
        }
        return secrets;
    }

    /** The kinds of secret found, e.g. {@code [Password, SessionToken, IdToken]}. */
    static Set<String> kinds(Map<String, String> secrets) {
        return new LinkedHashSet<>(secrets.values());
    }
}
