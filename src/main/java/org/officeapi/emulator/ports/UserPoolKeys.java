package org.officeapi.emulator.ports;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys a user pool signs its tokens with, by {@code kid}, found by the token's issuer
 * ({@code https://cognito-idp.{region}.amazonaws.com/{poolId}}). What a verifier would fetch from the
 * pool's JWKS URL. Implemented by Cognito user pools.
 */
public interface UserPoolKeys {

    Optional<Map<String, RSAPublicKey>> publicKeys(String issuer);
}
