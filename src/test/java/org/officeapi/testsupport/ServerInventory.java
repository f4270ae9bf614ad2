package org.officeapi.testsupport;

import org.officeapi.stack.AwsErrors;
import org.officeapi.target.AwsClients;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What an AWS endpoint holds, listed through the SDK: either each resource of the kinds the suite creates, by
 * kind and name ({@link #resources}), or everything provisioned down to its settings ({@link #settings}).
 */
public final class ServerInventory {

    /** One resource: its kind ({@code role}, {@code user pool}, …) and name. */
    public record Resource(String kind, String name) {
        /** Named as the suite names what it creates: {@code oaa-…}, or {@code oaa_…} (identity pool names allow no hyphen). */
        public boolean suites() {
            return name.startsWith("oaa-") || name.startsWith("oaa_");
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    private ServerInventory() {}

    /** Every role, user pool, identity pool, REST API and function. */
    public static List<Resource> resources(AwsClients clients) {
        List<Resource> all = new ArrayList<>();
        clients.iam().listRolesPaginator().roles().stream().map(Role::roleName).forEach(n -> all.add(new Resource("role", n)));
        clients.cognitoIdp().listUserPoolsPaginator(r -> r.maxResults(60)).userPools().stream()
                .map(UserPoolDescriptionType::name).forEach(n -> all.add(new Resource("user pool", n)));
        clients.cognitoIdentity().listIdentityPoolsPaginator(r -> r.maxResults(60)).identityPools().stream()
                .map(IdentityPoolShortDescription::identityPoolName).forEach(n -> all.add(new Resource("identity pool", n)));
        clients.apiGateway().getRestApisPaginator(r -> r.limit(500)).items().stream()
                .map(RestApi::name).forEach(n -> all.add(new Resource("REST API", n)));
        clients.lambda().listFunctionsPaginator().functions().stream()
                .map(FunctionConfiguration::functionName).forEach(n -> all.add(new Resource("function", n)));
        return all;
    }

    /** What the suite has created and not (yet) removed. */
    public static List<Resource> suites(AwsClients clients) {
        return resources(clients).stream().filter(Resource::suites).toList();
    }

    /**
     * Everything provisioned on the server, one line per resource and setting, sorted: two inventories are
     * equal exactly when nothing was created, deleted or changed in between. Identities in identity pools are
     * left out on purpose: GetId creates one the first time a user trades a token, on AWS as here, so
     * signing in is not provisioning.
     */
    public static List<String> settings(AwsClients aws) {
        List<String> lines = new ArrayList<>();
        iam(aws, lines);
        lambda(aws, lines);
        apiGateway(aws, lines);
        userPools(aws, lines);
        identityPools(aws, lines);
        return lines.stream().sorted().toList();
    }

    private static void iam(AwsClients aws, List<String> lines) {
        for (Role role : aws.iam().listRolesPaginator(r -> {}).roles()) {
            String name = role.roleName();
            lines.add("iam role " + name + " " + role.arn() + " trust " + role.assumeRolePolicyDocument());
            for (String policy : aws.iam().listRolePoliciesPaginator(r -> r.roleName(name)).policyNames()) {
                lines.add("iam role " + name + " inline policy " + policy + " "
                        + aws.iam().getRolePolicy(r -> r.roleName(name).policyName(policy)).policyDocument());
            }
            aws.iam().listAttachedRolePoliciesPaginator(r -> r.roleName(name)).attachedPolicies()
                    .forEach(attached -> lines.add("iam role " + name + " attached " + attached.policyArn()));
        }
    }

    private static void lambda(AwsClients aws, List<String> lines) {
        for (FunctionConfiguration function : aws.lambda().listFunctionsPaginator(r -> {}).functions()) {
            String name = function.functionName();
            lines.add("lambda function " + name + " " + function.runtimeAsString() + " " + function.handler() + " role " + function.role()
                    + " code " + function.codeSha256());
            lines.add("lambda function " + name + " policy "
                    + orNone(() -> aws.lambda().getPolicy(r -> r.functionName(name)).policy()));
        }
    }

    private static void apiGateway(AwsClients aws, List<String> lines) {
        for (RestApi api : aws.apiGateway().getRestApisPaginator(r -> {}).items()) {
            String id = api.id();
            lines.add("apigateway rest api " + id + " " + api.name());
            for (var resource : aws.apiGateway().getResourcesPaginator(r -> r.restApiId(id)).items()) {
                lines.add("apigateway rest api " + id + " resource " + resource.path());
                for (String verb : new TreeMap<>(resource.resourceMethods()).keySet()) {
                    GetMethodResponse method = aws.apiGateway().getMethod(r -> r.restApiId(id).resourceId(resource.id()).httpMethod(verb));
                    lines.add("apigateway rest api " + id + " method " + verb + " " + resource.path() + " " + method.authorizationType()
                            + " integration " + (method.methodIntegration() == null ? "none"
                            : method.methodIntegration().typeAsString() + " " + method.methodIntegration().uri()));
                }
            }
            aws.apiGateway().getStages(r -> r.restApiId(id)).item().forEach(stage ->
                    lines.add("apigateway rest api " + id + " stage " + stage.stageName() + " deployment " + stage.deploymentId()));
            aws.apiGateway().getDeploymentsPaginator(r -> r.restApiId(id)).items().forEach(deployment ->
                    lines.add("apigateway rest api " + id + " deployment " + deployment.id()));
        }
    }

    private static void userPools(AwsClients aws, List<String> lines) {
        for (UserPoolDescriptionType pool : aws.cognitoIdp().listUserPoolsPaginator(r -> r.maxResults(60)).userPools()) {
            String id = pool.id();
            lines.add("cognito-idp user pool " + id + " " + pool.name());
            for (UserPoolClientDescription described : aws.cognitoIdp().listUserPoolClientsPaginator(r -> r.userPoolId(id)).userPoolClients()) {
                UserPoolClientType client = aws.cognitoIdp().describeUserPoolClient(r -> r.userPoolId(id).clientId(described.clientId()))
                        .userPoolClient();
                lines.add("cognito-idp user pool " + id + " client " + client.clientId() + " " + client.clientName()
                        + " secret " + (client.clientSecret() != null) + " flows " + client.explicitAuthFlowsAsStrings()
                        + " prevent-user-existence-errors " + client.preventUserExistenceErrorsAsString());
            }
            for (GroupType group : aws.cognitoIdp().listGroupsPaginator(r -> r.userPoolId(id)).groups()) {
                lines.add("cognito-idp user pool " + id + " group " + group.groupName() + " precedence " + group.precedence()
                        + " role " + group.roleArn());
            }
            for (UserType user : aws.cognitoIdp().listUsersPaginator(r -> r.userPoolId(id)).users()) {
                List<String> groups = aws.cognitoIdp().adminListGroupsForUserPaginator(r -> r.userPoolId(id).username(user.username()))
                        .groups().stream().map(GroupType::groupName).sorted().toList();
                lines.add("cognito-idp user pool " + id + " user " + user.username() + " " + user.userStatusAsString()
                        + (Boolean.TRUE.equals(user.enabled()) ? " enabled" : " disabled") + " groups " + groups);
            }
        }
    }

    private static void identityPools(AwsClients aws, List<String> lines) {
        for (IdentityPoolShortDescription pool : aws.cognitoIdentity().listIdentityPoolsPaginator(r -> r.maxResults(60)).identityPools()) {
            String id = pool.identityPoolId();
            DescribeIdentityPoolResponse described = aws.cognitoIdentity().describeIdentityPool(r -> r.identityPoolId(id));
            lines.add("cognito-identity pool " + id + " " + described.identityPoolName() + " unauthenticated "
                    + described.allowUnauthenticatedIdentities() + " classic flow " + described.allowClassicFlow()
                    + " providers " + described.cognitoIdentityProviders());
            GetIdentityPoolRolesResponse roles = aws.cognitoIdentity().getIdentityPoolRoles(r -> r.identityPoolId(id));
            lines.add("cognito-identity pool " + id + " roles " + new TreeMap<>(roles.roles()) + " mappings " + new TreeMap<>(roles.roleMappings()));
        }
    }

    private static String orNone(Supplier<String> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            if (AwsErrors.isNotFound(e)) {
                return "none";
            }
            throw e;
        }
    }
}
