Feature: The identity pool hands out the role the ID token names, and no other
  Signed in, a user trades the ID token for temporary AWS credentials. The identity pool takes the
  role from the token: the role it prefers, or one of its roles the user asks for. A token that
  names no role, or a role the token does not carry, gets nothing: that is the Deny rule.

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

  Scenario: John receives credentials of the User role
    When John exchanges the ID token for AWS credentials
    Then John acts as the role CognitoRoleSecureApiUser

  Scenario: Rose receives credentials of the Admin role, which her token prefers
    When Rose exchanges the ID token for AWS credentials
    Then Rose acts as the role CognitoRoleSecureAPIAdmin

  @creates-resources
  Scenario: A user in no group is refused credentials by the Deny rule
    Given a new user Max in no group
    When Max exchanges the ID token for AWS credentials
    Then the identity pool refuses with NotAuthorizedException starting "The ambiguous role mapping rules for: "

  Scenario: John asking for the Admin role is refused: his token does not carry it
    When John asks the identity pool for the role CognitoRoleSecureAPIAdmin
    Then the identity pool refuses with NotAuthorizedException

  Scenario: Rose may ask for the User role, and is then refused the admin resource
    When Rose asks the identity pool for the role CognitoRoleSecureApiUser
    Then Rose acts as the role CognitoRoleSecureApiUser
    When Rose calls GET /api/admin
    Then the API answers 403 with "AccessDeniedException"
