package org.officeapi.steps;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

/** Reading a token's claims (as any client may, without checking it), and forging one for refusal scenarios. */
final class Jwt {

    private Jwt() {}

    static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    /** The same header and signature over a payload with one claim changed: what an attacker can make without the key. */
    static String withClaim(String token, String claim, Object value) {
        String[] parts = token.split("\\.");
        Map<String, Object> payload = claims(token).toJSONObject();
        payload.put(claim, value);
        String json = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(payload);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }
}
