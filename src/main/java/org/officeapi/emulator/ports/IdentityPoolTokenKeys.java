package org.officeapi.emulator.ports;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;

/**
 * The keys Cognito identity pools sign their OpenID tokens with (issuer
 * {@code https://cognito-identity.amazonaws.com}), by {@code kid}, so that STS can verify them in
 * AssumeRoleWithWebIdentity (the classic flow). Implemented by Cognito identity pools.
 */
public interface IdentityPoolTokenKeys {

    String ISSUER = "https://cognito-identity.amazonaws.com";

    Map<String, RSAPublicKey> publicKeys();
}
