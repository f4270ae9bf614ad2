@own-stack
Feature: The groups a user is in decide which role their ID token prefers

  In the user pool, a group can carry an IAM role and a precedence, and 0 is the strongest precedence.
  When a user signs in, their ID token lists their groups, offers the roles of those groups, and names
  one preferred role: the role of their group with the lowest precedence. The identity pool later
  trades the token for credentials of that preferred role, so this choice decides what the user may do.

  Background:
    Given the user pool groups:
      | group | precedence | role                      |
      | Admin | 0          | CognitoRoleSecureAPIAdmin |
      | User  | 1          | CognitoRoleSecureApiUser  |
    And the users:
      | user | groups      |
      | Rose | Admin, User |
      | John | User        |
      | Nina | -           |

  Scenario Outline: The group with the lowest precedence decides the preferred role
    When <user> signs in with a password
    Then the ID token of <user> lists the groups <groups>
    And the ID token of <user> prefers the role <preferred role>

    Examples:
      | user | groups      | preferred role            |
      | Rose | Admin, User | CognitoRoleSecureAPIAdmin |
      | John | User        | CognitoRoleSecureApiUser  |

  Scenario: A user in both groups is offered both roles but prefers the admin role
    When Rose signs in with a password
    Then the ID token of Rose offers the roles CognitoRoleSecureAPIAdmin and CognitoRoleSecureApiUser
    And the ID token of Rose prefers the role CognitoRoleSecureAPIAdmin

  Scenario: A user in no group gets no role at all
    When Nina signs in with a password
    Then the ID token of Nina lists no groups
    And the ID token of Nina offers no role

  @creates-resources
  Scenario: Two groups of equal precedence with different roles leave the choice open
    Given the user pool groups:
      | group    | precedence | role        |
      | Auditors | 0          | AuditorRole |
    And the users:
      | user | groups          |
      | Zoe  | Admin, Auditors |
    When Zoe signs in with a password
    Then the ID token of Zoe offers the roles CognitoRoleSecureAPIAdmin and AuditorRole
    And the ID token of Zoe prefers no role
