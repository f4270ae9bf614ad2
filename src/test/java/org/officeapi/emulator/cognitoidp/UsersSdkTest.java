package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/** AdminCreateUser, AdminSetUserPassword, AdminGetUser, ListUsers, AdminDeleteUser, AdminDisableUser, AdminEnableUser, AdminUpdateUserAttributes. */
class UsersSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;

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

    @AfterEach
    void clockBack() {
        aws.clock().reset();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static Map<String, String> attributes(java.util.List<AttributeType> attributes) {
        return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    @Test
    void aCreatedUserMustChangeItsPassword() {
        String pool = newPool(idp);

        UserType user = idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").temporaryPassword("Temp-Pass-1")
                .messageAction(MessageActionType.SUPPRESS)
                .userAttributes(attribute("email", "rose@example.com"), attribute("email_verified", "true")))
                .user();

        assertThat(user.username()).isEqualTo("rose");
        assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(user.enabled()).isTrue();
        assertThat(user.attributes().get(0).name()).isEqualTo("sub");
        assertThat(UUID.fromString(user.attributes().get(0).value())).isNotNull();
        assertThat(attributes(user.attributes())).containsEntry("email", "rose@example.com").containsEntry("email_verified", "true");
        assertThat(user.userCreateDate()).isEqualTo(user.userLastModifiedDate());
    }

    @Test
    void aTakenUsernameIsRefused() {
        String pool = newPool(idp);
        idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS));

        assertAwsError(() -> idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS)),
                "UsernameExistsException", "User account already exists");
    }

    @Test
    void aTemporaryPasswordMustMeetThePolicy() {
        String pool = newPool(idp);

        assertAwsError(() -> idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").temporaryPassword("Ab1!")
                .messageAction(MessageActionType.SUPPRESS)), "InvalidPasswordException", "Password does not conform to policy: Password not long enough");
        assertAwsError(() -> idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").temporaryPassword("abcdefgh1!")
                .messageAction(MessageActionType.SUPPRESS)), "InvalidPasswordException", "Password does not conform to policy: Password must have uppercase characters");
        assertAwsError(() -> idp.adminGetUser(r -> r.userPoolId(pool).username("rose")), "UserNotFoundException", "User does not exist.");
    }

    @Test
    void attributesMustBeInTheSchema() {
        String pool = newPool(idp);

        assertAwsError(() -> idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(a -> a.name("favourite_colour").value("green"))),
                "InvalidParameterException", "Attributes did not conform to the schema: favourite_colour: Attribute does not exist in the schema.\n");
        assertAwsError(() -> idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(a -> a.name("email").value("not-an-address"))),
                "InvalidParameterException", "Invalid email address format.");
        assertThat(idp.listUsers(r -> r.userPoolId(pool)).users()).isEmpty();
    }

    @Test
    void requiredAttributesMustBeGiven() {
        String pool = idp.createUserPool(r -> r.poolName("strict")
                .schema(SchemaAttributeType.builder().name("email").required(true).build())).userPool().id();

        assertAwsError(() -> idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS)),
                "InvalidParameterException", "Attributes did not conform to the schema: email: The attribute is required\n");
    }

    @Test
    void aPermanentPasswordConfirmsAndATemporaryOneAsksForAChange() {
        String pool = newPool(idp);
        idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS));

        idp.adminSetUserPassword(r -> r.userPoolId(pool).username("rose").password(PASSWORD).permanent(true));
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("rose")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);

        idp.adminSetUserPassword(r -> r.userPoolId(pool).username("rose").password("Other-Pass-2").permanent(false));
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("rose")).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void aRefusedPasswordLeavesTheOldOne() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();
        confirmedUser(idp, pool, "rose");

        assertAwsError(() -> idp.adminSetUserPassword(r -> r.userPoolId(pool).username("rose").password("weakpassword").permanent(true)),
                "InvalidPasswordException", "Password does not conform to policy: Password must have uppercase characters");

        assertThat(signIn(idp, app, "rose", PASSWORD).idToken()).isNotBlank();
        assertAwsError(() -> idp.adminSetUserPassword(r -> r.userPoolId(pool).username("ghost").password(PASSWORD).permanent(true)),
                "UserNotFoundException", "User does not exist.");
    }

    @Test
    void adminGetUserReportsEverything() {
        String pool = newPool(idp);
        idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS)
                .userAttributes(a -> a.name("given_name").value("Rose")));

        AdminGetUserResponse user = idp.adminGetUser(r -> r.userPoolId(pool).username("rose"));

        assertThat(user.username()).isEqualTo("rose");
        assertThat(user.enabled()).isTrue();
        assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(user.userAttributes()).extracting(AttributeType::name).containsExactly("sub", "given_name");
        assertAwsError(() -> idp.adminGetUser(r -> r.userPoolId(pool).username("ghost")), "UserNotFoundException", "User does not exist.");
    }

    @Test
    void usernamesAreCaseInsensitiveOnlyWhenThePoolSaysSo() {
        String sensitive = newPool(idp);
        String insensitive = idp.createUserPool(r -> r.poolName("ci").usernameConfiguration(u -> u.caseSensitive(false))).userPool().id();
        idp.adminCreateUser(r -> r.userPoolId(sensitive).username("Rose").messageAction(MessageActionType.SUPPRESS));
        idp.adminCreateUser(r -> r.userPoolId(insensitive).username("Rose").messageAction(MessageActionType.SUPPRESS));

        assertAwsError(() -> idp.adminGetUser(r -> r.userPoolId(sensitive).username("rose")), "UserNotFoundException", "User does not exist.");
        assertThat(idp.adminGetUser(r -> r.userPoolId(insensitive).username("rose")).username()).isEqualTo("Rose");
    }

    @Test
    void listUsersFiltersPagesAndPicksAttributes() {
        String pool = newPool(idp);
        for (String name : new String[] {"anna", "andrew", "bob"}) {
            idp.adminCreateUser(r -> r.userPoolId(pool).username(name).messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(a -> a.name("email").value(name + "@example.com")));
        }
        idp.adminDisableUser(r -> r.userPoolId(pool).username("bob"));

        assertThat(idp.listUsers(r -> r.userPoolId(pool).filter("username ^= \"an\"")).users())
                .extracting(UserType::username).containsExactly("anna", "andrew");
        assertThat(idp.listUsers(r -> r.userPoolId(pool).filter("email = \"bob@example.com\"")).users())
                .extracting(UserType::username).containsExactly("bob");
        assertThat(idp.listUsers(r -> r.userPoolId(pool).filter("status = \"Disabled\"")).users())
                .extracting(UserType::username).containsExactly("bob");
        ListUsersResponse first = idp.listUsers(r -> r.userPoolId(pool).limit(2));
        assertThat(first.users()).hasSize(2);
        assertThat(idp.listUsers(r -> r.userPoolId(pool).limit(2).paginationToken(first.paginationToken())).users())
                .extracting(UserType::username).containsExactly("bob");
        assertThat(idp.listUsers(r -> r.userPoolId(pool).attributesToGet("email")).users().get(0).attributes())
                .extracting(AttributeType::name).containsExactly("email");
        assertAwsError(() -> idp.listUsers(r -> r.userPoolId(pool).filter("username is anna")), "InvalidParameterException",
                "Error while parsing filter.");
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabled() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();
        confirmedUser(idp, pool, "rose");

        idp.adminDisableUser(r -> r.userPoolId(pool).username("rose"));

        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("rose")).enabled()).isFalse();
        assertAwsError(() -> signIn(idp, app, "rose", PASSWORD), "NotAuthorizedException", "User is disabled.");

        idp.adminEnableUser(r -> r.userPoolId(pool).username("rose"));

        assertThat(signIn(idp, app, "rose", PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void attributesAreUpdatedAndANewEmailIsUnverified() {
        String pool = newPool(idp);
        idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS)
                .userAttributes(attribute("email", "rose@example.com"), attribute("email_verified", "true")));

        idp.adminUpdateUserAttributes(r -> r.userPoolId(pool).username("rose")
                .userAttributes(attribute("email", "rose@example.org"), attribute("given_name", "Rose")));

        Map<String, String> attributes = attributes(idp.adminGetUser(r -> r.userPoolId(pool).username("rose")).userAttributes());
        assertThat(attributes).containsEntry("email", "rose@example.org").containsEntry("email_verified", "false").containsEntry("given_name", "Rose");
        assertAwsError(() -> idp.adminUpdateUserAttributes(r -> r.userPoolId(pool).username("rose").userAttributes(a -> a.name("sub").value("mine"))),
                "InvalidParameterException", "Attributes did not conform to the schema: sub: Attribute does not exist in the schema.\n");
    }

    @Test
    void aDeletedUserIsGone() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();
        confirmedUser(idp, pool, "rose");

        idp.adminDeleteUser(r -> r.userPoolId(pool).username("rose"));

        assertAwsError(() -> idp.adminGetUser(r -> r.userPoolId(pool).username("rose")), "UserNotFoundException", "User does not exist.");
        assertAwsError(() -> signIn(idp, app, "rose", PASSWORD), "UserNotFoundException", "User does not exist.");
        assertAwsError(() -> idp.adminDeleteUser(r -> r.userPoolId(pool).username("rose")), "UserNotFoundException", "User does not exist.");
    }

    @Test
    void adminConfirmSignUpConfirmsOnlyUnconfirmedUsers() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();
        idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD));

        idp.adminConfirmSignUp(r -> r.userPoolId(pool).username("sam"));

        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("sam")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertAwsError(() -> idp.adminConfirmSignUp(r -> r.userPoolId(pool).username("sam")), "NotAuthorizedException",
                "User cannot be confirmed. Current status is CONFIRMED");
        assertThat(signIn(idp, app, "sam", PASSWORD).idToken()).isNotBlank();
    }

    @Test
    void concurrentCreatesOfOneUsernameLeaveExactlyOneUser() throws Exception {
        String pool = newPool(idp);
        int attempts = 16;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            outcomes.add(threads.submit(() -> {
                start.await();
                try {
                    idp.adminCreateUser(r -> r.userPoolId(pool).username("race").messageAction(MessageActionType.SUPPRESS));
                    return "created";
                } catch (software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException e) {
                    return "exists";
                }
            }));
        }
        start.countDown();
        java.util.List<String> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).filteredOn("created"::equals).hasSize(1);
        assertThat(results).filteredOn("exists"::equals).hasSize(attempts - 1);
        assertThat(idp.listUsers(r -> r.userPoolId(pool)).users()).hasSize(1);
    }
}
