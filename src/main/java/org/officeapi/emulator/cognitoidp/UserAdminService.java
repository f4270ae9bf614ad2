package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.PasswordPolicies;
import org.officeapi.emulator.cognitoidp.password.TemporaryPasswords;
import org.officeapi.emulator.cognitoidp.users.Memberships;
import org.officeapi.emulator.cognitoidp.users.Pages;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import org.officeapi.emulator.cognitoidp.users.UserFilter;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What an administrator (a signed caller) does to users: create, set passwords, read, list, change, disable, delete. */
public final class UserAdminService {

    private final CognitoIdpStore store;
    private final PasswordCredentials credentials;

    public UserAdminService(CognitoIdpStore store, PasswordCredentials credentials) {
        this.store = store;
        this.credentials = credentials;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html">AdminCreateUser</a>:
     * status FORCE_CHANGE_PASSWORD with the given TemporaryPassword (held to the pool's policy) or a generated one.
     * No message is ever delivered, whatever MessageAction says; RESEND acts on an existing user.
     */
    public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request, CallContext context) {
        User user = store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            PoolScoped key = new PoolScoped(pool.id(), pool.usernameKey(request.username()));
            User existing = state.users.get(key);
            boolean resend = "RESEND".equals(request.messageActionAsString());
            if (resend && existing == null) {
                throw CognitoIdpErrors.userNotFound();
            }
            if (!resend && existing != null) {
                throw CognitoIdpErrors.userAccountExists();
            }
            if (resend && existing.status() != UserStatusType.FORCE_CHANGE_PASSWORD) {
                // UNCONFIRMED wording
                throw new AwsErrorException("UnsupportedUserStateException", 400,
                        "Resend not possible. " + existing.username() + " status is not FORCE_CHANGE_PASSWORD.");
            }
            String password = request.temporaryPassword();
            if (password != null) {
                PasswordPolicies.violation(pool.passwordPolicy(), password).ifPresent(rule -> {
                    throw CognitoIdpErrors.passwordDoesNotConform(rule);
                });
            } else {
                password = TemporaryPasswords.generate(pool.passwordPolicy());
            }
            if (resend) {
                User resent = existing.withPassword(credentials.create(pool.ref(), existing.username(), password),
                        UserStatusType.FORCE_CHANGE_PASSWORD, context.receivedAt());
                state.users.put(key, resent);
                return resent;
            }
            Map<String, String> attributes = UserAttributes.merge(pool, Map.of(), UserAttributes.toMap(request.userAttributes()), true);
            requireAll(pool, attributes);
            User created = new User(request.username(), Ids.uuid(), attributes, UserStatusType.FORCE_CHANGE_PASSWORD, true,
                    credentials.create(pool.ref(), request.username(), password), context.receivedAt(), context.receivedAt(),
                    context.receivedAt(), null);
            state.users.put(key, created);
            return created;
        });
        return AdminCreateUserResponse.builder().user(userType(user, List.of())).build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html">AdminSetUserPassword</a>:
     * a permanent password confirms the user; a temporary one asks for a new password at the next sign-in.
     */
    public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            User user = Lookups.user(state, pool, request.username());
            PasswordPolicies.violation(pool.passwordPolicy(), request.password()).ifPresent(rule -> {
                throw CognitoIdpErrors.passwordDoesNotConform(rule);
            });
            UserStatusType status = Boolean.TRUE.equals(request.permanent()) ? UserStatusType.CONFIRMED : UserStatusType.FORCE_CHANGE_PASSWORD;
            state.users.put(key(pool, user), user.withPassword(credentials.create(pool.ref(), user.username(), request.password()),
                    status, context.receivedAt()));
            return null;
        });
        return AdminSetUserPasswordResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html">AdminGetUser</a> */
    public AdminGetUserResponse adminGetUser(AdminGetUserRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        User user = Lookups.user(state, Lookups.pool(state, request.userPoolId()), request.username());
        return AdminGetUserResponse.builder().username(user.username()).userAttributes(UserAttributes.reported(user, List.of()))
                .userCreateDate(user.created()).userLastModifiedDate(user.lastModified())
                .enabled(user.enabled()).userStatus(user.status()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html">ListUsers</a>: with Filter and AttributesToGet. */
    public ListUsersResponse listUsers(ListUsersRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        Predicate<User> filter = UserFilter.parse(request.filter());
        List<UserType> all = state.users.entrySet().stream()
                .filter(e -> e.getKey().poolId().equals(pool.id()))
                .map(Map.Entry::getValue)
                .filter(filter)
                .sorted(Comparator.comparing(User::created).thenComparing(User::username))
                .map(user -> userType(user, request.attributesToGet()))
                .toList();
        Pages.Page<UserType> page = Pages.of(all, request.limit(), request.paginationToken(), 60);
        return ListUsersResponse.builder().users(page.items()).paginationToken(page.nextToken()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUser.html">AdminDeleteUser</a>: its tokens stop working. */
    public AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            User user = Lookups.user(state, pool, request.username());
            PoolScoped key = key(pool, user);
            state.users.remove(key);
            state.passwordResetCodes.remove(key);
            Memberships.removeAll(state, m -> m.poolId().equals(pool.id()) && m.usernameKey().equals(key.name()));
            store.revokeSignIns(pool.ref(), key.name());
            return null;
        });
        return AdminDeleteUserResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html">AdminDisableUser</a>: and, as AWS does, revokes the user's tokens. */
    public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            User user = Lookups.user(state, pool, request.username());
            state.users.put(key(pool, user), user.withEnabled(false, context.receivedAt()));
            store.revokeSignIns(pool.ref(), key(pool, user).name());
            return null;
        });
        return AdminDisableUserResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminEnableUser.html">AdminEnableUser</a> */
    public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            User user = Lookups.user(state, pool, request.username());
            state.users.put(key(pool, user), user.withEnabled(true, context.receivedAt()));
            return null;
        });
        return AdminEnableUserResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html">AdminUpdateUserAttributes</a> */
    public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            User user = Lookups.user(state, pool, request.username());
            Map<String, String> attributes = UserAttributes.merge(pool, user.attributes(), UserAttributes.toMap(request.userAttributes()), false);
            state.users.put(key(pool, user), user.withAttributes(attributes, context.receivedAt()));
            return null;
        });
        return AdminUpdateUserAttributesResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html">AdminConfirmSignUp</a>: only an UNCONFIRMED user. */
    public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            User user = Lookups.user(state, pool, request.username());
            if (user.status() != UserStatusType.UNCONFIRMED) {
                throw CognitoIdpErrors.cannotConfirm(user.status().toString());
            }
            state.users.put(key(pool, user), user.withStatus(UserStatusType.CONFIRMED, context.receivedAt()).withConfirmationCode(null));
            return null;
        });
        return AdminConfirmSignUpResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUserGlobalSignOut.html">AdminUserGlobalSignOut</a>: revokes every token of the user. */
    public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        User user = Lookups.user(state, pool, request.username());
        store.revokeSignIns(pool.ref(), key(pool, user).name());
        return AdminUserGlobalSignOutResponse.builder().build();
    }

    /** A user as the user listings report one. */
    static UserType userType(User user, List<String> attributesToGet) {
        return UserType.builder().username(user.username()).attributes(UserAttributes.reported(user, attributesToGet))
                .userCreateDate(user.created()).userLastModifiedDate(user.lastModified())
                .enabled(user.enabled()).userStatus(user.status()).build();
    }

    static void requireAll(UserPool pool, Map<String, String> attributes) {
        List<String> missing = UserAttributes.missingRequired(pool, attributes);
        if (!missing.isEmpty()) {
            throw CognitoIdpErrors.attributesDoNotConform(missing.stream().map(n -> n + ": The attribute is required").toList());
        }
    }

    private static PoolScoped key(UserPool pool, User user) {
        return new PoolScoped(pool.id(), pool.usernameKey(user.username()));
    }
}
