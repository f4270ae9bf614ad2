package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.ServiceEndpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user pool's public documents, served as AWS serves them under the issuer URL:
 * <ul>
 *   <li>{@code GET /{poolId}/.well-known/jwks.json}: the two public keys (ID and access tokens), each
 *       {@code {kty, e, use: sig, kid, alg: RS256, n}};</li>
 *   <li>{@code GET /{poolId}/.well-known/openid-configuration}: UNCONFIRMED as a whole (the reference did not
 *       check AWS's document). Its {@code issuer} is the AWS issuer URL the tokens carry; its {@code jwks_uri}
 *       points at this endpoint (the host the request came to), so that a client following it stays on the
 *       machine; the hosted UI's OAuth endpoints are left out because the embedded AWS has no hosted UI.</li>
 * </ul>
 * Only GETs of exactly these paths reach it ({@link #serves}), so no other service's path is caught.
 */
public final class UserPoolDocumentsEndpoint implements ServiceEndpoint {

    private static final Pattern PATH = Pattern.compile("/([\\w-]+_[0-9a-zA-Z]+)/\\.well-known/(jwks\\.json|openid-configuration)");

    private final CognitoIdpStore store;

    UserPoolDocumentsEndpoint(CognitoIdpStore store) {
        this.store = store;
    }

    /** Whether a request is for one of these documents. */
    public static boolean serves(HttpRequest request) {
        return (request.method().equals("GET") || request.method().equals("HEAD")) && PATH.matcher(request.rawPath()).matches();
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        Matcher path = PATH.matcher(request.rawPath());
        if (!path.matches()) {
            return json(404, Map.of("message", "Not found"));
        }
        String poolId = path.group(1);
        Optional<UserPool> pool = store.poolLocation(poolId).map(ref -> store.region(ref).pools.get(ref.poolId()));
        if (pool.isEmpty()) {
            // UNCONFIRMED: AWS's answer for an unknown pool was not checked
            return json(404, Map.of("message", "User pool " + poolId + " does not exist."));
        }
        if (path.group(2).equals("jwks.json")) {
            JWKSet keys = new JWKSet(List.of(pool.get().keys().idTokenKey().toPublicJWK(), pool.get().keys().accessTokenKey().toPublicJWK()));
            return json(200, keys.toJSONObject(true));
        }
        return json(200, openIdConfiguration(pool.get(), request));
    }

    private static Map<String, Object> openIdConfiguration(UserPool pool, HttpRequest request) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("issuer", pool.ref().issuer());
        document.put("jwks_uri", "http://" + request.host() + "/" + pool.id() + "/.well-known/jwks.json");
        document.put("response_types_supported", List.of("code", "token"));
        document.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
        document.put("subject_types_supported", List.of("public"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        return document;
    }

    private static HttpResponse json(int status, Map<String, ?> body) {
        return HttpResponse.of(status, "application/json", JSONObjectUtils.toJSONString(body));
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return json(413, Map.of("message", "Request entity too large"));
    }
}
