package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.cognitoidentity.model.IdentityRecord;
import org.officeapi.emulator.cognitoidentity.model.LinkedLogin;
import org.officeapi.emulator.core.AccountRegionStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Identity pools and their identities, per account and region, plus the two global indexes AWS needs
 * for its unsigned operations (GetId, GetCredentialsForIdentity, GetOpenIdToken name only an id, and
 * the id alone must lead to the pool's account and region).
 * <p>
 * Reads are lock-free. Changes that touch several maps (creating an identity and its login index,
 * deleting a pool and its identities) hold the region's lock, so that no reader sees half of them.
 */
final class CognitoIdentityStore {

    /** Where a pool lives. */
    record Location(String accountId, String region) {}

    /** One account's identity pools in one region. */
    static final class Region {
        // identity pool id → pool
        final Map<String, IdentityPoolRecord> pools = new ConcurrentHashMap<>();
        // identity id → identity
        final Map<String, IdentityRecord> identities = new ConcurrentHashMap<>();
        // (identity pool id, Logins key, sub) → identity id: the same user gets the same identity every time
        final Map<LoginKey, String> identityByLogin = new ConcurrentHashMap<>();
    }

    record LoginKey(String identityPoolId, String providerName, String subject) {
        static LoginKey of(String identityPoolId, LinkedLogin login) {
            return new LoginKey(identityPoolId, login.providerName(), login.subject());
        }
    }

    private final AccountRegionStore<Region> regions = new AccountRegionStore<>((account, region) -> new Region());
    // identity pool id → its account and region
    private final Map<String, Location> poolLocations = new ConcurrentHashMap<>();
    // identity id → its identity pool id
    private final Map<String, String> poolOfIdentity = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    Region region(String accountId, String region) {
        return regions.get(accountId, region);
    }

    // ---- pools

    void putNewPool(IdentityPoolRecord pool) {
        Region state = region(pool.accountId(), pool.region());
        synchronized (state) {
            state.pools.put(pool.identityPoolId(), pool);
            poolLocations.put(pool.identityPoolId(), new Location(pool.accountId(), pool.region()));
        }
    }

    Optional<IdentityPoolRecord> pool(String accountId, String region, String identityPoolId) {
        return Optional.ofNullable(region(accountId, region).pools.get(identityPoolId));
    }

    /** The pool, wherever it lives: for the unsigned operations. */
    Optional<IdentityPoolRecord> poolAnywhere(String identityPoolId) {
        Location location = poolLocations.get(identityPoolId);
        return location == null ? Optional.empty() : pool(location.accountId(), location.region(), identityPoolId);
    }

    /** Replaces a pool that still exists; false when it was deleted meanwhile. */
    boolean replacePool(IdentityPoolRecord pool) {
        Region state = region(pool.accountId(), pool.region());
        synchronized (state) {
            return state.pools.replace(pool.identityPoolId(), pool) != null;
        }
    }

    List<IdentityPoolRecord> pools(String accountId, String region) {
        return region(accountId, region).pools.values().stream()
                .sorted(Comparator.comparingLong(IdentityPoolRecord::sequence)).toList();
    }

    boolean deletePool(String accountId, String region, String identityPoolId) {
        Region state = region(accountId, region);
        synchronized (state) {
            if (state.pools.remove(identityPoolId) == null) {
                return false;
            }
            poolLocations.remove(identityPoolId);
            state.identities.values().removeIf(identity -> {
                if (identity.identityPoolId().equals(identityPoolId)) {
                    poolOfIdentity.remove(identity.identityId());
                    return true;
                }
                return false;
            });
            state.identityByLogin.keySet().removeIf(key -> key.identityPoolId().equals(identityPoolId));
            return true;
        }
    }

    // ---- identities

    /** The identity, wherever its pool lives: for the unsigned operations. */
    Optional<IdentityRecord> identityAnywhere(String identityId) {
        String poolId = poolOfIdentity.get(identityId);
        if (poolId == null) {
            return Optional.empty();
        }
        Location location = poolLocations.get(poolId);
        return location == null ? Optional.empty()
                : Optional.ofNullable(region(location.accountId(), location.region()).identities.get(identityId));
    }

    Optional<IdentityRecord> identity(String accountId, String region, String identityId) {
        return Optional.ofNullable(region(accountId, region).identities.get(identityId));
    }

    List<IdentityRecord> identities(String accountId, String region, String identityPoolId) {
        return region(accountId, region).identities.values().stream()
                .filter(identity -> identity.identityPoolId().equals(identityPoolId))
                .sorted(Comparator.comparingLong(IdentityRecord::sequence)).toList();
    }

    /** The identity this login is already linked to in this pool, if any. */
    Optional<String> identityIdLinkedTo(IdentityPoolRecord pool, LinkedLogin login) {
        return Optional.ofNullable(region(pool.accountId(), pool.region()).identityByLogin.get(LoginKey.of(pool.identityPoolId(), login)));
    }

    /**
     * The identity of these logins in this pool, created (with {@code newIdentity}) when none of them
     * is linked yet; all of them end up linked to it. Empty when they are linked to different identities.
     */
    Optional<IdentityRecord> identityForLogins(IdentityPoolRecord pool, List<LinkedLogin> logins, Supplier<IdentityRecord> newIdentity,
                                               Instant now) {
        Region state = region(pool.accountId(), pool.region());
        synchronized (state) {
            if (!state.pools.containsKey(pool.identityPoolId())) {
                return Optional.empty();
            }
            List<String> linked = logins.stream().map(login -> state.identityByLogin.get(LoginKey.of(pool.identityPoolId(), login)))
                    .filter(Objects::nonNull).distinct().toList();
            if (linked.size() > 1) {
                return Optional.empty();
            }
            IdentityRecord identity = linked.isEmpty() ? newIdentity.get() : state.identities.get(linked.get(0));
            for (LinkedLogin login : logins) {
                identity = identity.withLogin(login, now);
            }
            saveIdentity(state, identity);
            return Optional.of(identity);
        }
    }

    /** Stores a new guest identity. */
    void putNewIdentity(IdentityPoolRecord pool, IdentityRecord identity) {
        Region state = region(pool.accountId(), pool.region());
        synchronized (state) {
            if (state.pools.containsKey(pool.identityPoolId())) {
                saveIdentity(state, identity);
            }
        }
    }

    /**
     * Links a login to an existing identity (a guest signing in). False when the login already belongs
     * to another identity, or the identity is gone.
     */
    boolean link(IdentityPoolRecord pool, String identityId, LinkedLogin login, Instant now) {
        Region state = region(pool.accountId(), pool.region());
        synchronized (state) {
            IdentityRecord identity = state.identities.get(identityId);
            String owner = state.identityByLogin.get(LoginKey.of(pool.identityPoolId(), login));
            if (identity == null || (owner != null && !owner.equals(identityId))) {
                return false;
            }
            saveIdentity(state, identity.withLogin(login, now));
            return true;
        }
    }

    boolean deleteIdentity(String accountId, String region, String identityId) {
        Region state = region(accountId, region);
        synchronized (state) {
            IdentityRecord removed = state.identities.remove(identityId);
            if (removed == null) {
                return false;
            }
            poolOfIdentity.remove(identityId);
            removed.logins().forEach(login -> state.identityByLogin.remove(LoginKey.of(removed.identityPoolId(), login)));
            return true;
        }
    }

    private void saveIdentity(Region state, IdentityRecord identity) {
        state.identities.put(identity.identityId(), identity);
        poolOfIdentity.put(identity.identityId(), identity.identityPoolId());
        identity.logins().forEach(login -> state.identityByLogin.put(LoginKey.of(identity.identityPoolId(), login), identity.identityId()));
    }

    void reset() {
        synchronized (this) {
            regions.reset();
            poolLocations.clear();
            poolOfIdentity.clear();
        }
    }
}
