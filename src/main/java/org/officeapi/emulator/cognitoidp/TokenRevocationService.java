package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jwt.JWTParser;
import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.PoolRef;
import org.officeapi.emulator.cognitoidp.model.RefreshGrant;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.Optional;

/**
 * RevokeToken (unsigned: the app client authenticates with its id and, when it has one, its secret). Revoking a
 * refresh token ends its sign-in session: the refresh token, and every ID and access token issued from it
 * ({@code origin_jti}), refreshed ones included; the user's other sessions are untouched, as AWS documents.
 *
 * <p>The exception types are those the model declares for RevokeToken, each in the case its documentation names;
 * the messages are UNCONFIRMED. So is the answer for a refresh token the pool never issued or already revoked: 200,
 * as RFC 7009 (OAuth token revocation, which Cognito's revoke endpoint implements) prescribes, so that revoking
 * twice is harmless.
 */
public final class TokenRevocationService {

    private final CognitoIdpStore store;

    public TokenRevocationService(CognitoIdpStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html">RevokeToken</a> */
    public RevokeTokenResponse revokeToken(RevokeTokenRequest request, CallContext context) {
        AppClient client = authenticatedClient(request.clientId(), request.clientSecret());
        if (!client.tokenRevocationEnabled()) {
            throw CognitoIdpErrors.tokenRevocationDisabled();
        }
        if (isUserPoolJwt(request.token())) {
            throw CognitoIdpErrors.unsupportedTokenType();
        }
        Optional<RefreshGrant> grant = store.refreshGrant(request.token());
        if (grant.isPresent()) {
            if (!grant.get().clientId().equals(client.clientId())) {
                throw CognitoIdpErrors.tokenOfAnotherClient();
            }
            store.revokeSignIn(grant.get().originJti());
        }
        return RevokeTokenResponse.builder().build();
    }

    /** The client the request names, if it exists and its secret (when it has one) was sent and is right. */
    private AppClient authenticatedClient(String clientId, String secret) {
        Optional<PoolRef> location = store.clientLocation(clientId);
        AppClient client = location.map(ref -> store.region(ref).clients.get(clientId)).orElse(null);
        if (client == null) {
            throw CognitoIdpErrors.invalidClient();
        }
        if (client.hasSecret() && (secret == null
                || !MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8)))) {
            throw CognitoIdpErrors.invalidClient();
        }
        return client;
    }

    /** An ID or access token (a JWT with {@code token_use}) where a refresh token belongs. */
    private static boolean isUserPoolJwt(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getClaim("token_use") != null;
        } catch (ParseException | RuntimeException notAJwt) {
            return false;
        }
    }
}
