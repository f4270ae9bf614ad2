package org.officeapi.emulator.cognitoidp.users;

import org.officeapi.emulator.cognitoidp.CognitoIdpStore;
import org.officeapi.emulator.cognitoidp.model.Membership;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.tokens.RoleClaims;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads of group membership: the groups of a user and the members of a group. */
public final class Memberships {

    private Memberships() {}

    /** The user's groups as tokens list them ({@link RoleClaims#TOKEN_ORDER}). */
    public static List<RoleClaims.GroupRole> groupRolesOf(CognitoIdpStore.RegionState state, String poolId, String usernameKey) {
        return groupsOf(state, poolId, usernameKey).stream()
                .map(g -> new RoleClaims.GroupRole(g.groupName(), g.precedence(), g.roleArn()))
                .toList();
    }

    /** The user's groups, lowest precedence first (groups without one last), then by name. */
    public static List<GroupType> groupsOf(CognitoIdpStore.RegionState state, String poolId, String usernameKey) {
        return state.memberships.keySet().stream()
                .filter(m -> m.poolId().equals(poolId) && m.usernameKey().equals(usernameKey))
                .map(m -> state.groups.get(new PoolScoped(poolId, m.groupName())))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(GroupType::precedence, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GroupType::groupName))
                .toList();
    }

    /** The username keys of a group's members, in the order they joined. */
    public static List<String> membersOf(CognitoIdpStore.RegionState state, String poolId, String groupName) {
        return state.memberships.entrySet().stream()
                .filter(e -> e.getKey().poolId().equals(poolId) && e.getKey().groupName().equals(groupName))
                .sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey().usernameKey())
                .toList();
    }

    public static void removeAll(CognitoIdpStore.RegionState state, java.util.function.Predicate<Membership> which) {
        state.memberships.keySet().removeIf(which);
    }
}
