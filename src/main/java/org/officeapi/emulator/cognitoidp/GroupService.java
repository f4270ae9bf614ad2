package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.Membership;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.users.Memberships;
import org.officeapi.emulator.cognitoidp.users.Pages;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Groups (with their RoleArn and Precedence, which decide the role claims of members' ID tokens) and
 * group membership.
 */
public final class GroupService {

    private final CognitoIdpStore store;

    public GroupService(CognitoIdpStore store) {
        this.store = store;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html">CreateGroup</a>.
     * Names are unique regardless of case (UNCONFIRMED: users report a name differing only in case being refused).
     */
    public CreateGroupResponse createGroup(CreateGroupRequest request, CallContext context) {
        GroupType group = store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            String folded = request.groupName().toLowerCase(Locale.ROOT);
            boolean taken = state.groups.keySet().stream()
                    .anyMatch(k -> k.poolId().equals(pool.id()) && k.name().toLowerCase(Locale.ROOT).equals(folded));
            if (taken) {
                throw CognitoIdpErrors.groupExists();
            }
            GroupType created = GroupType.builder().groupName(request.groupName()).userPoolId(pool.id())
                    .description(request.description()).roleArn(request.roleArn()).precedence(request.precedence())
                    .lastModifiedDate(context.receivedAt()).creationDate(context.receivedAt()).build();
            state.groups.put(new PoolScoped(pool.id(), request.groupName()), created);
            return created;
        });
        return CreateGroupResponse.builder().group(group).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetGroup.html">GetGroup</a> */
    public GetGroupResponse getGroup(GetGroupRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        return GetGroupResponse.builder().group(Lookups.group(state, Lookups.pool(state, request.userPoolId()), request.groupName())).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListGroups.html">ListGroups</a>: in creation order. */
    public ListGroupsResponse listGroups(ListGroupsRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        List<GroupType> all = state.groups.values().stream().filter(g -> g.userPoolId().equals(pool.id()))
                .sorted(Comparator.comparing(GroupType::creationDate).thenComparing(GroupType::groupName)).toList();
        Pages.Page<GroupType> page = Pages.of(all, request.limit(), request.nextToken(), 60);
        return ListGroupsResponse.builder().groups(page.items()).nextToken(page.nextToken()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateGroup.html">UpdateGroup</a>: changes what the request names. */
    public UpdateGroupResponse updateGroup(UpdateGroupRequest request, CallContext context) {
        GroupType updated = store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            GroupType group = Lookups.group(state, pool, request.groupName());
            GroupType.Builder changed = group.toBuilder().lastModifiedDate(context.receivedAt());
            if (request.description() != null) {
                changed.description(request.description());
            }
            if (request.roleArn() != null) {
                changed.roleArn(request.roleArn());
            }
            if (request.precedence() != null) {
                changed.precedence(request.precedence());
            }
            GroupType built = changed.build();
            state.groups.put(new PoolScoped(pool.id(), group.groupName()), built);
            return built;
        });
        return UpdateGroupResponse.builder().group(updated).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteGroup.html">DeleteGroup</a>: its members leave it. */
    public DeleteGroupResponse deleteGroup(DeleteGroupRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            GroupType group = Lookups.group(state, pool, request.groupName());
            state.groups.remove(new PoolScoped(pool.id(), group.groupName()));
            Memberships.removeAll(state, m -> m.poolId().equals(pool.id()) && m.groupName().equals(group.groupName()));
            return null;
        });
        return DeleteGroupResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html">AdminAddUserToGroup</a> */
    public AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            GroupType group = Lookups.group(state, pool, request.groupName());
            User user = Lookups.user(state, pool, request.username());
            state.memberships.putIfAbsent(new Membership(pool.id(), pool.usernameKey(user.username()), group.groupName()),
                    state.membershipSequence.incrementAndGet());
            return null;
        });
        return AdminAddUserToGroupResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRemoveUserFromGroup.html">AdminRemoveUserFromGroup</a> */
    public AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            GroupType group = Lookups.group(state, pool, request.groupName());
            User user = Lookups.user(state, pool, request.username());
            state.memberships.remove(new Membership(pool.id(), pool.usernameKey(user.username()), group.groupName()));
            return null;
        });
        return AdminRemoveUserFromGroupResponse.builder().build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html">AdminListGroupsForUser</a>:
     * lowest precedence first (UNCONFIRMED order).
     */
    public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        User user = Lookups.user(state, pool, request.username());
        List<GroupType> all = Memberships.groupsOf(state, pool.id(), pool.usernameKey(user.username()));
        Pages.Page<GroupType> page = Pages.of(all, request.limit(), request.nextToken(), 60);
        return AdminListGroupsForUserResponse.builder().groups(page.items()).nextToken(page.nextToken()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsersInGroup.html">ListUsersInGroup</a>: in the order they joined. */
    public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        GroupType group = Lookups.group(state, pool, request.groupName());
        List<UserType> all = Memberships.membersOf(state, pool.id(), group.groupName()).stream()
                .map(key -> state.users.get(new PoolScoped(pool.id(), key)))
                .filter(Objects::nonNull)
                .map(user -> UserAdminService.userType(user, List.of()))
                .toList();
        Pages.Page<UserType> page = Pages.of(all, request.limit(), request.nextToken(), 60);
        return ListUsersInGroupResponse.builder().users(page.items()).nextToken(page.nextToken()).build();
    }
}
