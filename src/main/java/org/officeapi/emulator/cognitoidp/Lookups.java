package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.PoolRef;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

import java.util.Optional;

/** Finding a pool, client, user or group, or failing with AWS's error for the one that is missing. */
final class Lookups {

    private Lookups() {}

    static UserPool pool(CognitoIdpStore.RegionState state, String poolId) {
        UserPool pool = state.pools.get(poolId);
        if (pool == null) {
            throw CognitoIdpErrors.userPoolNotFound(poolId);
        }
        return pool;
    }

    /** A client of this very pool (a client id of another pool is as unknown as a made-up one). */
    static AppClient client(CognitoIdpStore.RegionState state, UserPool pool, String clientId) {
        AppClient client = state.clients.get(clientId);
        if (client == null || !client.poolId().equals(pool.id())) {
            throw CognitoIdpErrors.clientNotFound(clientId);
        }
        return client;
    }

    static User user(CognitoIdpStore.RegionState state, UserPool pool, String username) {
        User user = state.users.get(new PoolScoped(pool.id(), pool.usernameKey(username)));
        if (user == null) {
            throw CognitoIdpErrors.userNotFound();
        }
        return user;
    }

    static GroupType group(CognitoIdpStore.RegionState state, UserPool pool, String groupName) {
        GroupType group = state.groups.get(new PoolScoped(pool.id(), groupName));
        if (group == null) {
            throw CognitoIdpErrors.groupNotFound();
        }
        return group;
    }

    /** The pool and client an unsigned call names by client id alone, wherever they live. */
    record ClientInPool(UserPool pool, AppClient client) {}

    static ClientInPool byClientId(CognitoIdpStore store, String clientId) {
        Optional<PoolRef> location = store.clientLocation(clientId);
        if (location.isEmpty()) {
            throw CognitoIdpErrors.clientNotFound(clientId);
        }
        CognitoIdpStore.RegionState state = store.region(location.get());
        UserPool pool = state.pools.get(location.get().poolId());
        if (pool == null) {
            throw CognitoIdpErrors.clientNotFound(clientId);
        }
        return new ClientInPool(pool, client(state, pool, clientId));
    }
}
