package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/** Groups and membership: CreateGroup … DeleteGroup, AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminListGroupsForUser, ListUsersInGroup. */
class GroupsSdkTest {

    private static final String ADMIN_ROLE = "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin";
    private static final String USER_ROLE = "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser";

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private String pool;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    @BeforeEach
    void newPoolWithTwoGroups() {
        pool = newPool(idp);
        idp.createGroup(r -> r.userPoolId(pool).groupName("User").precedence(1).roleArn(USER_ROLE));
        idp.createGroup(r -> r.userPoolId(pool).groupName("Admin").precedence(0).roleArn(ADMIN_ROLE).description("admins"));
    }

    @Test
    void aGroupKeepsItsRolePrecedenceAndDescription() {
        GroupType admin = idp.getGroup(r -> r.userPoolId(pool).groupName("Admin")).group();

        assertThat(admin.groupName()).isEqualTo("Admin");
        assertThat(admin.userPoolId()).isEqualTo(pool);
        assertThat(admin.roleArn()).isEqualTo(ADMIN_ROLE);
        assertThat(admin.precedence()).isZero();
        assertThat(admin.description()).isEqualTo("admins");
        assertThat(admin.creationDate()).isEqualTo(admin.lastModifiedDate());
    }

    @Test
    void aGroupWithoutPrecedenceOrRoleHasNeither() {
        GroupType plain = idp.createGroup(r -> r.userPoolId(pool).groupName("Plain")).group();

        assertThat(plain.precedence()).isNull();
        assertThat(plain.roleArn()).isNull();
    }

    @Test
    void groupNamesAreUniqueWhateverTheirCase() {
        assertAwsError(() -> idp.createGroup(r -> r.userPoolId(pool).groupName("Admin").description("again")), "GroupExistsException",
                "A group with the name already exists");
        assertAwsError(() -> idp.createGroup(r -> r.userPoolId(pool).groupName("ADMIN")), "GroupExistsException",
                "A group with the name already exists");
        assertThat(idp.getGroup(r -> r.userPoolId(pool).groupName("Admin")).group().description()).isEqualTo("admins");
    }

    @Test
    void anUnknownGroupIsNotFound() {
        assertAwsError(() -> idp.getGroup(r -> r.userPoolId(pool).groupName("Nope")), "ResourceNotFoundException", "Group not found.");
        assertAwsError(() -> idp.deleteGroup(r -> r.userPoolId(pool).groupName("Nope")), "ResourceNotFoundException", "Group not found.");
        confirmedUser(idp, pool, "rose");
        assertAwsError(() -> idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Nope").username("rose")),
                "ResourceNotFoundException", "Group not found.");
    }

    @Test
    void groupsAreListedPageByPage() {
        ListGroupsResponse first = idp.listGroups(r -> r.userPoolId(pool).limit(1));
        ListGroupsResponse second = idp.listGroups(r -> r.userPoolId(pool).limit(1).nextToken(first.nextToken()));

        assertThat(first.groups()).extracting(GroupType::groupName).containsExactly("User");
        assertThat(second.groups()).extracting(GroupType::groupName).containsExactly("Admin");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void anUpdateChangesOnlyWhatItNames() {
        GroupType updated = idp.updateGroup(r -> r.userPoolId(pool).groupName("Admin").precedence(5)).group();

        assertThat(updated.precedence()).isEqualTo(5);
        assertThat(updated.roleArn()).isEqualTo(ADMIN_ROLE);
        assertThat(updated.description()).isEqualTo("admins");
        assertThat(idp.getGroup(r -> r.userPoolId(pool).groupName("Admin")).group().precedence()).isEqualTo(5);
    }

    @Test
    void membershipIsAddedListedAndRemoved() {
        confirmedUser(idp, pool, "rose");
        confirmedUser(idp, pool, "john");
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("User").username("rose"));
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("rose"));
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("rose"));
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("User").username("john"));

        assertThat(idp.adminListGroupsForUser(r -> r.userPoolId(pool).username("rose")).groups())
                .extracting(GroupType::groupName).containsExactly("Admin", "User");
        assertThat(idp.listUsersInGroup(r -> r.userPoolId(pool).groupName("User")).users())
                .extracting(UserType::username).containsExactly("rose", "john");

        idp.adminRemoveUserFromGroup(r -> r.userPoolId(pool).groupName("User").username("rose"));

        assertThat(idp.adminListGroupsForUser(r -> r.userPoolId(pool).username("rose")).groups())
                .extracting(GroupType::groupName).containsExactly("Admin");
        assertThat(idp.listUsersInGroup(r -> r.userPoolId(pool).groupName("User")).users())
                .extracting(UserType::username).containsExactly("john");
    }

    @Test
    void deletingAGroupEndsItsMemberships() {
        confirmedUser(idp, pool, "rose");
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("rose"));

        idp.deleteGroup(r -> r.userPoolId(pool).groupName("Admin"));
        idp.createGroup(r -> r.userPoolId(pool).groupName("Admin"));

        assertThat(idp.adminListGroupsForUser(r -> r.userPoolId(pool).username("rose")).groups()).isEmpty();
        assertThat(idp.listUsersInGroup(r -> r.userPoolId(pool).groupName("Admin")).users()).isEmpty();
    }

    @Test
    void deletingAUserEndsItsMemberships() {
        confirmedUser(idp, pool, "rose");
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("rose"));

        idp.adminDeleteUser(r -> r.userPoolId(pool).username("rose"));
        confirmedUser(idp, pool, "rose");

        assertThat(idp.adminListGroupsForUser(r -> r.userPoolId(pool).username("rose")).groups()).isEmpty();
    }

    @Test
    void anUnknownUserCannotJoinOrBeListed() {
        assertAwsError(() -> idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("ghost")),
                "UserNotFoundException", "User does not exist.");
        assertAwsError(() -> idp.adminRemoveUserFromGroup(r -> r.userPoolId(pool).groupName("Admin").username("ghost")),
                "UserNotFoundException", "User does not exist.");
        assertAwsError(() -> idp.adminListGroupsForUser(r -> r.userPoolId(pool).username("ghost")),
                "UserNotFoundException", "User does not exist.");
    }

    @Test
    void precedenceAndRoleArnAreValidatedAgainstAwsModel() {
        assertAwsError(() -> idp.createGroup(r -> r.userPoolId(pool).groupName("Negative").precedence(-1)), "InvalidParameterException",
                "1 validation error detected: Value '-1' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0");
        assertAwsError(() -> idp.createGroup(r -> r.userPoolId(pool).groupName("BadRole").roleArn("admin-role-name")),
                "InvalidParameterException", e -> assertThat(e.awsErrorDetails().errorMessage())
                        .startsWith("2 validation errors detected: Value 'admin-role-name' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"));
        assertAwsError(() -> idp.getGroup(r -> r.userPoolId(pool).groupName("BadRole")), "ResourceNotFoundException", "Group not found.");
        assertAwsError(() -> idp.createGroup(r -> r.userPoolId("us-east-1_missing").groupName("X")), "ResourceNotFoundException",
                "User pool us-east-1_missing does not exist.");
    }
}
