Feature: The identity pool accepts only genuine, current ID tokens of the user pool's app client
  Credentials are only as safe as the token they are traded for. The identity pool checks the
  token's signature against the user pool's keys, that it was issued by the pool and for the app
  client, that it is an ID token, and that it has not expired.

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

  Scenario: An access token in place of the ID token is refused
    When John offers the access token instead of the ID token
    Then the identity pool refuses with NotAuthorizedException "Invalid login token. Missing a required claim: aud"

  Scenario: A token whose payload was altered is refused
    When John offers an ID token whose payload was altered to name the Admin role
    Then the identity pool refuses with NotAuthorizedException "Invalid login token. Couldn't verify signed token."

  @creates-resources
  Scenario: A token from another user pool is refused
    Given another user pool with a user Eve
    When Eve offers that pool's ID token to the identity pool
    Then the identity pool refuses with NotAuthorizedException

  @creates-resources
  Scenario: A token issued to another app client of the same pool is refused
    Given another app client of the user pool
    When John signs in with that app client and offers its ID token
    Then the identity pool refuses with NotAuthorizedException

  @moves-time
  Scenario: An expired ID token is refused
    Given John has signed in
    When an hour and a minute pass
    And John exchanges the ID token for AWS credentials
    Then the identity pool refuses with NotAuthorizedException starting "Invalid login token. Token expired: "
