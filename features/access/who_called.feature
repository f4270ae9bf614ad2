Feature: The API knows who called
  Behind the API, the Lambda sees the caller as API Gateway saw them: the Cognito identity, the
  identity pool, how the user signed in, and the role they acted as. The API echoes it in its
  answer, so that each call proves who made it.

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

  Scenario: Rose's call reaches the Lambda as her Cognito identity, acting as the Admin role
    When Rose calls GET /api/user
    Then the API answers 200 with "Hello user"
    And the API saw the caller as Rose's Cognito identity, acting as the role CognitoRoleSecureAPIAdmin

  Scenario: John is told which permission his role lacks
    When John calls GET /api/admin
    Then the API answers 403 with "AccessDeniedException"
    And the refusal says that John's role may not invoke GET /api/admin
