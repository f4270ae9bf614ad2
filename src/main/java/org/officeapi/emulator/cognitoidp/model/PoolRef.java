package org.officeapi.emulator.cognitoidp.model;

/**
 * Where a user pool lives: its account, its region and its id. Unsigned calls (InitiateAuth, SignUp, GetUser)
 * carry no account, so they find the pool through a client id or a token issuer and act where it lives.
 */
public record PoolRef(String accountId, String region, String poolId) {

    /** {@code arn:aws:cognito-idp:{region}:{account}:userpool/{id}}. */
    public String arn() {
        return "arn:aws:cognito-idp:" + region + ":" + accountId + ":userpool/" + poolId;
    }

    /** The {@code iss} of the pool's tokens: {@code https://cognito-idp.{region}.amazonaws.com/{poolId}}. */
    public String issuer() {
        return "https://cognito-idp." + region + ".amazonaws.com/" + poolId;
    }

    /** The part of the pool id after the underscore, which SRP hashes as the "pool name". */
    public String poolName() {
        return poolId.substring(poolId.indexOf('_') + 1);
    }
}
