package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.ports.UserPoolKeys;

import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link UserPoolKeys} port: what a verifier would fetch from a pool's JWKS URL, found by the exact issuer
 * URL a token carries ({@code https://cognito-idp.{region}.amazonaws.com/{poolId}}).
 */
final class CognitoUserPoolKeys implements UserPoolKeys {

    private final CognitoIdpStore store;

    CognitoUserPoolKeys(CognitoIdpStore store) {
        this.store = store;
    }

    @Override
    public Optional<Map<String, RSAPublicKey>> publicKeys(String issuer) {
        return pool(store, issuer).map(pool -> {
            Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
            put(keys, pool.keys().idTokenKey());
            put(keys, pool.keys().accessTokenKey());
            return Map.copyOf(keys);
        });
    }

    /** The pool an issuer URL names, if it exists and the URL is exactly its issuer. */
    static Optional<UserPool> pool(CognitoIdpStore store, String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        String poolId = issuer.substring(issuer.lastIndexOf('/') + 1);
        return store.poolLocation(poolId)
                .filter(ref -> ref.issuer().equals(issuer))
                .map(ref -> store.region(ref).pools.get(ref.poolId()));
    }

    private static void put(Map<String, RSAPublicKey> keys, RSAKey key) {
        try {
            keys.put(key.getKeyID(), key.toRSAPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("a pool's key is a valid RSA key", e);
        }
    }
}
