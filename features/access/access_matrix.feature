Feature: Who may call the office API
  The office API answers on two resources: everyone in the User group may read /user, only the
  Admin group may read /admin. Nobody grants that per user. A user's groups put an IAM role in
  their ID token, the identity pool turns that role into temporary AWS credentials, and IAM decides
  what those credentials may invoke: the API itself only checks the SigV4 signature and asks IAM.

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

  # The answer is the body when the call goes through, or the error type API Gateway names when it refuses.
  Scenario Outline: <user> calls <method> <path>
    When <user> calls <method> <path>
    Then the API answers <status> with "<answer>"

    Examples: The walkthrough's access matrix
      | user | method | path       | status | answer                |
      | John | GET    | /api/user  | 200    | Hello user            |
      | John | GET    | /api/admin | 403    | AccessDeniedException |
      | Rose | GET    | /api/user  | 200    | Hello user            |
      | Rose | GET    | /api/admin | 200    | Hello admin           |
