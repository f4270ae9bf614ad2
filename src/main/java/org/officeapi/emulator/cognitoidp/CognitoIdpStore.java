package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.ChallengeSession;
import org.officeapi.emulator.cognitoidp.model.Membership;
import org.officeapi.emulator.cognitoidp.model.PasswordResetCode;
import org.officeapi.emulator.cognitoidp.model.PoolRef;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.RefreshGrant;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.core.AccountRegionStore;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Cognito user pools' state: per account and region the pools and what they hold, plus the global
 * indexes AWS itself must have, because unsigned calls name a client, a token or a session but no account.
 * A change that touches several maps runs inside {@link #change}, one region at a time, so that concurrent
 * requests never see half of it and a refused call leaves nothing behind.
 */
public final class CognitoIdpStore {

    /** One account's pools in one region. */
    public static final class RegionState {
        // user pools by pool id
        public final Map<String, UserPool> pools = new ConcurrentHashMap<>();
        // app clients by client id
        public final Map<String, AppClient> clients = new ConcurrentHashMap<>();
        // groups by (pool id, group name)
        public final Map<PoolScoped, GroupType> groups = new ConcurrentHashMap<>();
        // users by (pool id, username key: the username, lower-cased in case-insensitive pools)
        public final Map<PoolScoped, User> users = new ConcurrentHashMap<>();
        // group memberships, valued by a sequence number that keeps them in the order they were made
        public final Map<Membership, Long> memberships = new ConcurrentHashMap<>();
        // the next membership's sequence number
        public final AtomicLong membershipSequence = new AtomicLong();
        // pending ForgotPassword codes by (pool id, username key)
        public final Map<PoolScoped, PasswordResetCode> passwordResetCodes = new ConcurrentHashMap<>();
    }

    private final AccountRegionStore<RegionState> regions = new AccountRegionStore<>((account, region) -> new RegionState());
    // where each pool lives, by pool id: a JWKS request or a token's issuer names a pool but no account
    private final Map<String, PoolRef> poolLocations = new ConcurrentHashMap<>();
    // where each app client's pool lives, by client id: InitiateAuth, SignUp… name only a client
    private final Map<String, PoolRef> clientLocations = new ConcurrentHashMap<>();
    // sign-in sessions by origin_jti: every token of one authentication, for revocation
    private final Map<String, SignInSession> signIns = new ConcurrentHashMap<>();
    // refresh tokens by the SHA-256 of the token (the token itself is never kept)
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    // challenge sessions by the SHA-256 of the Session string
    private final Map<String, ChallengeSession> challenges = new ConcurrentHashMap<>();

    public RegionState region(String account, String region) {
        return regions.get(account, region);
    }

    public RegionState region(PoolRef pool) {
        return regions.get(pool.accountId(), pool.region());
    }

    /** Runs a change to one region's state with no other change to that region running at the same time. */
    public <T> T change(String account, String region, Function<RegionState, T> change) {
        RegionState state = region(account, region);
        synchronized (state) {
            return change.apply(state);
        }
    }

    public <T> T change(PoolRef pool, Function<RegionState, T> change) {
        return change(pool.accountId(), pool.region(), change);
    }

    // --- global indexes ------------------------------------------------------------------------

    public Optional<PoolRef> poolLocation(String poolId) {
        return Optional.ofNullable(poolLocations.get(poolId));
    }

    public void locatePool(PoolRef pool) {
        poolLocations.put(pool.poolId(), pool);
    }

    public void forgetPool(String poolId) {
        poolLocations.remove(poolId);
    }

    public Optional<PoolRef> clientLocation(String clientId) {
        return Optional.ofNullable(clientLocations.get(clientId));
    }

    public void locateClient(String clientId, PoolRef pool) {
        clientLocations.put(clientId, pool);
    }

    public void forgetClient(String clientId) {
        clientLocations.remove(clientId);
    }

    public Optional<SignInSession> signIn(String originJti) {
        return Optional.ofNullable(signIns.get(originJti));
    }

    public void saveSignIn(SignInSession session) {
        signIns.put(session.originJti(), session);
    }

    /**
     * The sign-in session a token without {@code origin_jti} (one of a client without token revocation) belongs to:
     * the one of this pool, user and client that began in the second of {@code auth_time}, a live one if several began in the same second.
     */
    public Optional<SignInSession> signIn(PoolRef pool, String sub, String clientId, Instant authTime) {
        return signIns.values().stream()
                .filter(s -> s.pool().equals(pool) && s.sub().equals(sub) && s.clientId().equals(clientId) && s.authTime().getEpochSecond() == authTime.getEpochSecond())
                .min(Comparator.comparing(SignInSession::revoked));
    }

    /** Revokes one sign-in session: its refresh token and every ID and access token it issued (RevokeToken). */
    public void revokeSignIn(String originJti) {
        signIns.computeIfPresent(originJti, (jti, s) -> s.revoke());
    }

    /** Revokes every sign-in session of one user (sign-out everywhere, disabling the user). */
    public void revokeSignIns(PoolRef pool, String usernameKey) {
        signIns.replaceAll((jti, s) -> s.pool().equals(pool) && s.usernameKey().equals(usernameKey) ? s.revoke() : s);
    }

    public Optional<RefreshGrant> refreshGrant(String refreshToken) {
        return Optional.ofNullable(refreshTokens.get(digest(refreshToken)));
    }

    public void saveRefreshGrant(String refreshToken, RefreshGrant grant) {
        refreshTokens.put(digest(refreshToken), grant);
    }

    public Optional<ChallengeSession> challenge(String session) {
        return Optional.ofNullable(challenges.get(digest(session)));
    }

    public void saveChallenge(String session, ChallengeSession challenge) {
        challenges.put(digest(session), challenge);
    }

    /** Uses up a challenge session; true when this call was the one that removed it. */
    public boolean consumeChallenge(String session, ChallengeSession expected) {
        return challenges.remove(digest(session), expected);
    }

    public void reset() {
        regions.reset();
        poolLocations.clear();
        clientLocations.clear();
        signIns.clear();
        refreshTokens.clear();
        challenges.clear();
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
