Feature: The API accepts only requests signed with SigV4 by credentials it knows, made just now
  The API's methods are guarded by IAM: a request must carry a Signature Version 4 signature,
  made for the API (service execute-api) in its region, with temporary credentials that have not
  expired, no more than five minutes ago. Anything else is refused before IAM is even asked.

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

  Scenario: An unsigned call is refused
    When an unsigned call is made to GET /api/user
    Then the API answers 403 with "MissingAuthenticationTokenException"
    And the refusal says "Missing Authentication Token"

  Scenario: A Cognito token is no substitute for a signature
    When John calls GET /api/user with his ID token as a bearer token
    Then the API answers 403 with "IncompleteSignatureException"

  Scenario: A tampered signature is refused
    When John calls GET /api/user with a tampered signature
    Then the API answers 403 with "InvalidSignatureException"
    And the refusal starts with "The request signature we calculated does not match the signature you provided."

  Scenario: A request signed ten minutes ago is refused
    When John calls GET /api/user signed ten minutes ago
    Then the API answers 403 with "InvalidSignatureException"
    And the refusal starts with "Signature expired: "

  Scenario: A request signed for another service is refused
    When John calls GET /api/user signed for the service "lambda"
    Then the API answers 403 with "InvalidSignatureException"
    And the refusal says "Credential should be scoped to correct service: 'execute-api'. "

  Scenario: A request signed for another region is refused
    When John calls GET /api/user signed for the region "eu-west-3"
    Then the API answers 403 with "InvalidSignatureException"
    And the refusal starts with "Credential should be scoped to a valid region"

  @moves-time
  Scenario: Expired temporary credentials are refused
    Given John holds AWS credentials
    When an hour and a minute pass
    And John calls GET /api/user
    Then the API answers 403 with "ExpiredTokenException"
    And the refusal says "The security token included in the request is expired"

  Scenario: A path the API does not have is refused like an unsigned call
    When John calls GET /api/payroll
    Then the API answers 403 with "MissingAuthenticationTokenException"
