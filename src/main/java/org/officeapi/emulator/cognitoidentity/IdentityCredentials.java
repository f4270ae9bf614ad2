package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.cognitoidentity.model.IdentityRecord;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.IssuedCredentials;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.ports.RoleSessions;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an identity is worth: role credentials (the enhanced flow) or an OpenID token for the caller to
 * take to STS itself (the classic flow). Both unsigned; the identity id alone leads to the pool.
 */
final class IdentityCredentials {

    static final String SESSION_NAME = "CognitoIdentityCredentials";
    /** The enhanced flow has no duration parameter: always one hour (reference §2.5). */
    static final Duration SESSION_DURATION = Duration.ofHours(1);

    private final CognitoIdentityStore store;
    private final LoginTokenVerifier verifier;
    private final RoleDirectory roles;
    private final AccessDecisions access;
    private final RoleSessions sessions;
    private final OpenIdTokenSigner signer;

    IdentityCredentials(CognitoIdentityStore store, LoginTokenVerifier verifier, RoleDirectory roles, AccessDecisions access,
                        RoleSessions sessions, OpenIdTokenSigner signer) {
        this.store = store;
        this.verifier = verifier;
        this.roles = roles;
        this.access = access;
        this.sessions = sessions;
        this.signer = signer;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html">GetCredentialsForIdentity</a>:
     * chooses the role (§2.6), checks that it exists and that its trust policy lets Cognito's principal
     * assume it with this identity's {@code aud}/{@code amr}/{@code sub}, then asks STS for a one-hour
     * session named {@code CognitoIdentityCredentials}.
     * <p>
     * Not modelled: the scope-down session policy AWS adds for unauthenticated identities (§2.5); a guest's
     * credentials carry exactly the unauthenticated role's permissions.
     */
    GetCredentialsForIdentityResponse getCredentialsForIdentity(GetCredentialsForIdentityRequest request, CallContext context) {
        IdentityRecord identity = identity(request.identityId());
        IdentityPoolRecord pool = poolOf(identity);
        Instant now = context.receivedAt();
        Resolution resolution = resolve(pool, identity, request.hasLogins() ? request.logins() : Map.of(), now);
        String roleArn = resolution.authenticated() ? authenticatedRole(pool, resolution.logins().get(0), request.customRoleArn())
                : pool.role(IdentityPoolRecord.UNAUTHENTICATED).orElseThrow(CognitoIdentityErrors::invalidPoolConfiguration);
        RoleRecord role = roles.findRole(roleArn).orElseThrow(CognitoIdentityErrors::invalidPoolConfiguration);
        AccessDecision trust = access.trust(role, "Federated", TrustContext.PRINCIPAL, "sts:AssumeRoleWithWebIdentity",
                TrustContext.of(pool.identityPoolId(), identity.identityId(), resolution.amr()));
        if (!trust.allowed()) {
            throw CognitoIdentityErrors.invalidPoolConfiguration();
        }
        IssuedCredentials issued;
        try {
            issued = sessions.startWebIdentitySession(role, SESSION_NAME,
                    new WebIdentity(TrustContext.PRINCIPAL, pool.identityPoolId(), identity.identityId(), resolution.amr()),
                    SESSION_DURATION);
        } catch (AwsErrorException refused) {
            // AWS reports STS's refusals of the enhanced flow as a pool configuration problem (§2.8)
            throw CognitoIdentityErrors.invalidPoolConfiguration();
        }
        link(pool, identity, resolution, now);
        return GetCredentialsForIdentityResponse.builder().identityId(identity.identityId())
                .credentials(Credentials.builder().accessKeyId(issued.accessKeyId()).secretKey(issued.secretAccessKey())
                        .sessionToken(issued.sessionToken()).expiration(issued.expiration()).build())
                .build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdToken.html">GetOpenIdToken</a>,
     * the classic flow: refused when the pool turned it off, or maps roles (§2.7); otherwise a token for
     * STS's AssumeRoleWithWebIdentity, valid 10 minutes.
     */
    GetOpenIdTokenResponse getOpenIdToken(GetOpenIdTokenRequest request, CallContext context) {
        IdentityRecord identity = identity(request.identityId());
        IdentityPoolRecord pool = poolOf(identity);
        if (!pool.classicFlowAllowed()) {
            throw CognitoIdentityErrors.classicFlowDisabled();
        }
        if (!pool.roleMappings().isEmpty()) {
            throw CognitoIdentityErrors.classicFlowWithRoleMappings();
        }
        Instant now = context.receivedAt();
        Resolution resolution = resolve(pool, identity, request.hasLogins() ? request.logins() : Map.of(), now);
        String token = signer.sign(pool.identityPoolId(), identity.identityId(), resolution.amr(), now);
        link(pool, identity, resolution, now);
        return GetOpenIdTokenResponse.builder().identityId(identity.identityId()).token(token).build();
    }

    /** The verified logins of a call and what they make of the identity. */
    private record Resolution(List<VerifiedLogin> logins, List<String> amr) {
        boolean authenticated() {
            return !logins.isEmpty();
        }
    }

    /**
     * Who is calling for this identity. Without Logins: a guest, which an identity with a linked login
     * is not. With Logins: each must verify, none may belong to another identity, and an authenticated
     * identity must see at least one of its own.
     */
    private Resolution resolve(IdentityPoolRecord pool, IdentityRecord identity, Map<String, String> logins, Instant now) {
        if (logins.isEmpty()) {
            if (identity.authenticated()) {
                throw CognitoIdentityErrors.identityForbidden(identity.identityId());
            }
            if (!pool.allowUnauthenticatedIdentities()) {
                throw CognitoIdentityErrors.unauthenticatedNotSupported();
            }
            return new Resolution(List.of(), TrustContext.unauthenticatedAmr());
        }
        List<VerifiedLogin> verified = verifier.verifyAll(pool, logins, now);
        for (VerifiedLogin login : verified) {
            boolean elsewhere = store.identityIdLinkedTo(pool, login.link()).filter(owner -> !owner.equals(identity.identityId())).isPresent();
            if (elsewhere) {
                throw CognitoIdentityErrors.loginsDoNotMatch();
            }
        }
        if (identity.authenticated() && verified.stream().noneMatch(login -> identity.linkedTo(login.link()))) {
            throw CognitoIdentityErrors.loginsDoNotMatch();
        }
        return new Resolution(verified, TrustContext.authenticatedAmr(verified));
    }

    private static String authenticatedRole(IdentityPoolRecord pool, VerifiedLogin login, String customRoleArn) {
        String mappingKey = login.provider().roleMappingKey();
        return RoleSelection.choose(pool.roleMappings().get(mappingKey), mappingKey,
                        pool.role(IdentityPoolRecord.AUTHENTICATED).orElse(null), login.claims(), customRoleArn)
                .orElseThrow(CognitoIdentityErrors::invalidPoolConfiguration);
    }

    /**
     * A guest who signs in becomes that user's identity, and further logins join the identity; only
     * once the call has succeeded, so that a failed call stores nothing.
     */
    private void link(IdentityPoolRecord pool, IdentityRecord identity, Resolution resolution, Instant now) {
        resolution.logins().forEach(login -> store.link(pool, identity.identityId(), login.link(), now));
    }

    private IdentityRecord identity(String identityId) {
        return store.identityAnywhere(identityId).orElseThrow(() -> CognitoIdentityErrors.identityNotFound(identityId));
    }

    private IdentityPoolRecord poolOf(IdentityRecord identity) {
        return store.poolAnywhere(identity.identityPoolId())
                .orElseThrow(() -> CognitoIdentityErrors.identityNotFound(identity.identityId()));
    }
}
