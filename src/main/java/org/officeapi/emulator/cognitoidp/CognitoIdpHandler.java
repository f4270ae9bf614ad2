package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.OperationTable;
import org.officeapi.emulator.protocol.SdkPojos;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;

/** Cognito user pools on the wire (awsJson1_1, {@code AWSCognitoIdentityProviderService.*}): which operation goes to which method. */
public final class CognitoIdpHandler {

    private CognitoIdpHandler() {}

    /**
     * What IAM authorizes a signed call on: the user pool it names
     * ({@code arn:aws:cognito-idp:{region}:{account}:userpool/{id}}), or {@code *} for calls that name none
     * (CreateUserPool, ListUserPools).
     */
    public static EndpointSettings.ResourceNamer resources() {
        return (operation, input, account, region) -> {
            if (input instanceof SdkPojo pojo) {
                SdkField<?> field = SdkPojos.field(pojo, "UserPoolId");
                Object poolId = field == null ? null : SdkPojos.valueOf(field, pojo);
                if (poolId != null) {
                    return "arn:aws:cognito-idp:" + region + ":" + account + ":userpool/" + poolId;
                }
            }
            return "*";
        };
    }

    public static OperationTable operations(CognitoIdp idp) {
        UserPoolService pools = idp.pools();
        UserPoolClientService clients = idp.clients();
        GroupService groups = idp.groups();
        UserAdminService users = idp.users();
        SignUpService signUp = idp.signUp();
        SignInService signIn = idp.signIn();
        CurrentUserService currentUser = idp.currentUser();
        TokenRevocationService revocation = idp.revocation();
        ForgotPasswordService forgotPassword = idp.forgotPassword();
        return OperationTable.builder()
                .on(CreateUserPoolRequest.class, pools::createUserPool)
                .on(DescribeUserPoolRequest.class, pools::describeUserPool)
                .on(ListUserPoolsRequest.class, pools::listUserPools)
                .on(UpdateUserPoolRequest.class, pools::updateUserPool)
                .on(DeleteUserPoolRequest.class, pools::deleteUserPool)
                .on(CreateUserPoolClientRequest.class, clients::createUserPoolClient)
                .on(DescribeUserPoolClientRequest.class, clients::describeUserPoolClient)
                .on(ListUserPoolClientsRequest.class, clients::listUserPoolClients)
                .on(UpdateUserPoolClientRequest.class, clients::updateUserPoolClient)
                .on(DeleteUserPoolClientRequest.class, clients::deleteUserPoolClient)
                .on(CreateGroupRequest.class, groups::createGroup)
                .on(GetGroupRequest.class, groups::getGroup)
                .on(ListGroupsRequest.class, groups::listGroups)
                .on(UpdateGroupRequest.class, groups::updateGroup)
                .on(DeleteGroupRequest.class, groups::deleteGroup)
                .on(AdminAddUserToGroupRequest.class, groups::adminAddUserToGroup)
                .on(AdminRemoveUserFromGroupRequest.class, groups::adminRemoveUserFromGroup)
                .on(AdminListGroupsForUserRequest.class, groups::adminListGroupsForUser)
                .on(ListUsersInGroupRequest.class, groups::listUsersInGroup)
                .on(AdminCreateUserRequest.class, users::adminCreateUser)
                .on(AdminSetUserPasswordRequest.class, users::adminSetUserPassword)
                .on(AdminGetUserRequest.class, users::adminGetUser)
                .on(ListUsersRequest.class, users::listUsers)
                .on(AdminDeleteUserRequest.class, users::adminDeleteUser)
                .on(AdminDisableUserRequest.class, users::adminDisableUser)
                .on(AdminEnableUserRequest.class, users::adminEnableUser)
                .on(AdminUpdateUserAttributesRequest.class, users::adminUpdateUserAttributes)
                .on(AdminConfirmSignUpRequest.class, users::adminConfirmSignUp)
                .on(AdminUserGlobalSignOutRequest.class, users::adminUserGlobalSignOut)
                .on(SignUpRequest.class, signUp::signUp)
                .on(ConfirmSignUpRequest.class, signUp::confirmSignUp)
                .on(InitiateAuthRequest.class, signIn::initiateAuth)
                .on(AdminInitiateAuthRequest.class, signIn::adminInitiateAuth)
                .on(RespondToAuthChallengeRequest.class, signIn::respondToAuthChallenge)
                .on(AdminRespondToAuthChallengeRequest.class, signIn::adminRespondToAuthChallenge)
                .on(GetUserRequest.class, currentUser::getUser)
                .on(GlobalSignOutRequest.class, currentUser::globalSignOut)
                .on(ChangePasswordRequest.class, currentUser::changePassword)
                .on(RevokeTokenRequest.class, revocation::revokeToken)
                .on(ForgotPasswordRequest.class, forgotPassword::forgotPassword)
                .on(ConfirmForgotPasswordRequest.class, forgotPassword::confirmForgotPassword)
                .build();
    }
}
