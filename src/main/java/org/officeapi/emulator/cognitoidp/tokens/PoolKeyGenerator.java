package org.officeapi.emulator.cognitoidp.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.officeapi.emulator.cognitoidp.model.PoolKeys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Makes a new pool's two RSA-2048 key pairs (ID tokens, access tokens). Each {@code kid} is the base64 of
 * the SHA-256 of the public modulus: 44 characters ending in '=', the shape of Cognito's kids, and
 * different for every key because every key is new.
 */
public final class PoolKeyGenerator {

    private PoolKeyGenerator() {}

    public static PoolKeys generate() {
        return new PoolKeys(keyPair(), keyPair());
    }

    private static RSAKey keyPair() {
        try {
            RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            byte[] modulus = generated.getModulus().decode();
            String kid = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(modulus));
            return new RSAKey.Builder(generated).keyID(kid).build();
        } catch (JOSEException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA key generation is part of every Java runtime", e);
        }
    }
}
