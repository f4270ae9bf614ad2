Feature: Users sign in to the user pool, and only with their own password
  The app signs users in the way browsers do, with SRP: the password never leaves the browser, it
  only proves that the user knows it. Scripts may send the password itself (USER_PASSWORD_AUTH) if
  the app client allows it. Whatever the flow, a wrong password and an unknown user get the same
  answer, so that nobody can find out who has an account.

  Background:
    Given the REST API "office_api" deployed to the stage "api", each method signed with IAM and answered by the API's Lambda:
      | method | path   | answer      |
      | GET    | /user  | Hello user  |
      | GET    | /admin | Hello admin |
    And the user pool groups:
      | group | precedence | role                      |
      | Admin | 0          | CognitoRoleSecureAPIAdmin |
      | User  | 1          | CognitoRoleSecureApiUser  |
    And the roles may invoke:
      | role                      | method | path   |
      | CognitoRoleSecureAPIAdmin | GET    | /user  |
      | CognitoRoleSecureAPIAdmin | GET    | /admin |
      | CognitoRoleSecureApiUser  | GET    | /user  |
    And the identity pool takes the role from the ID token and denies the request when the role is ambiguous
    And the users:
      | user | groups      |
      | John | User        |
      | Rose | Admin, User |

  Scenario Outline: <user> signs in with <flow>
    When <user> signs in using <flow>
    Then <user> holds an ID token of the user pool

    Examples:
      | user | flow               |
      | John | SRP                |
      | Rose | SRP                |
      | John | USER_PASSWORD_AUTH |
      | Rose | USER_PASSWORD_AUTH |

  Scenario Outline: A wrong password is refused (<flow>)
    When John signs in using <flow> with a wrong password
    Then the sign-in is refused with NotAuthorizedException "Incorrect username or password."

    Examples:
      | flow               |
      | SRP                |
      | USER_PASSWORD_AUTH |

  Scenario: An unknown user gets the same answer as a wrong password
    When someone signs in as "nobody-by-that-name" using SRP
    Then the sign-in is refused with NotAuthorizedException "Incorrect username or password."

  @creates-resources
  Scenario: A user with a temporary password must choose a new one before signing in
    Given a new user Tess in the group User, with a temporary password
    When Tess signs in using SRP
    Then Cognito asks Tess to choose a new password
    When Tess chooses a new password
    Then Tess holds an ID token of the user pool

  @creates-resources
  Scenario: A disabled user cannot sign in
    Given a new user Dana in the group User, disabled by an administrator
    When Dana signs in using USER_PASSWORD_AUTH
    Then the sign-in is refused with NotAuthorizedException "User is disabled."

  @creates-resources
  Scenario: A flow the app client does not allow is refused
    Given another app client of the user pool, which allows only SRP
    When John signs in to that app client using USER_PASSWORD_AUTH
    Then the sign-in is refused with InvalidParameterException
