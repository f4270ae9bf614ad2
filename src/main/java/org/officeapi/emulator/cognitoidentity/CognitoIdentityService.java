package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.IdentityPoolTokenKeys;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleSessions;
import org.officeapi.emulator.ports.UserPoolKeys;
import org.officeapi.emulator.ports.UserPoolSignIns;

/**
 * Amazon Cognito identity pools (federated identities): the pools, their roles, their identities, and
 * the exchange of a user pool ID token for role credentials. Talks to the user pools (their signing
 * keys, and whether a sign-in still stands), IAM (roles and trust policies) and STS (sessions) only through the ports it is given.
 */
public final class CognitoIdentityService {

    private final CognitoIdentityStore store = new CognitoIdentityStore();
    private final OpenIdTokenSigner signer = new OpenIdTokenSigner();
    private final IdentityPools pools;
    private final IdentityPoolRoles roles;
    private final Identities identities;
    private final IdentityCredentials credentials;

    public CognitoIdentityService(UserPoolKeys userPoolKeys, UserPoolSignIns userPoolSignIns, RoleDirectory roleDirectory,
                                  AccessDecisions accessDecisions, RoleSessions roleSessions) {
        LoginTokenVerifier verifier = new LoginTokenVerifier(userPoolKeys, userPoolSignIns);
        this.pools = new IdentityPools(store);
        this.roles = new IdentityPoolRoles(store);
        this.identities = new Identities(store, verifier);
        this.credentials = new IdentityCredentials(store, verifier, roleDirectory, accessDecisions, roleSessions, signer);
    }

    /** The keys GetOpenIdToken signs with, for STS's AssumeRoleWithWebIdentity. */
    public IdentityPoolTokenKeys openIdTokenKeys() {
        return signer;
    }

    /** The same keys as a JWKS document. */
    public String openIdTokenJwks() {
        return signer.jwks();
    }

    /** Forgets every pool and identity; the signing key stays, as AWS's does. */
    public void reset() {
        store.reset();
    }

    IdentityPools pools() {
        return pools;
    }

    IdentityPoolRoles roles() {
        return roles;
    }

    Identities identities() {
        return identities;
    }

    IdentityCredentials credentials() {
        return credentials;
    }
}
