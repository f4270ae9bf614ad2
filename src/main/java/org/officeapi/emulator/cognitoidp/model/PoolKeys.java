package org.officeapi.emulator.cognitoidp.model;

import com.nimbusds.jose.jwk.RSAKey;

import java.util.Objects;

/**
 * The two RSA key pairs a user pool signs with, as Cognito keeps them: one for ID tokens and one for
 * access tokens, each with its own {@code kid}. Private halves stay here; only the public halves are
 * ever published (JWKS, the UserPoolKeys port).
 */
public record PoolKeys(RSAKey idTokenKey, RSAKey accessTokenKey) {

    public PoolKeys {
        Objects.requireNonNull(idTokenKey, "idTokenKey");
        Objects.requireNonNull(accessTokenKey, "accessTokenKey");
        if (!idTokenKey.isPrivate() || !accessTokenKey.isPrivate()) {
            throw new IllegalArgumentException("a pool signs with key pairs, not public keys");
        }
    }

    @Override
    public String toString() {
        // never the private keys: RSAKey's own toString() prints them
        return "PoolKeys[id kid " + idTokenKey.getKeyID() + ", access kid " + accessTokenKey.getKeyID() + "]";
    }
}
