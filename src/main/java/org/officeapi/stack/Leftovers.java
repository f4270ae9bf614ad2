package org.officeapi.stack;

import org.officeapi.target.AwsClients;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What interrupted runs left behind: resources whose name starts with {@code oaa-} (identity pools:
 * {@code oaa_}, their names allow no hyphen) AND that carry the run tags with a start time older than
 * the cutoff. Both checks, so that nothing the suite did not create is ever touched.
 */
public final class Leftovers {

    /** One leftover and how to remove it. */
    public record Leftover(String what, Teardown.Step delete) {}

    private final AwsClients clients;
    private final Instant cutoff;

    public Leftovers(AwsClients clients, Instant cutoff) {
        this.clients = clients;
        this.cutoff = cutoff;
    }

    /** Everything to remove, in an order that lets each deletion succeed (roles and pools before what they point at). */
    public List<Leftover> find() {
        List<Leftover> found = new ArrayList<>();
        found.addAll(roles());
        found.addAll(identityPools());
        found.addAll(userPools());
        found.addAll(restApis());
        found.addAll(functions());
        return found;
    }

    private List<Leftover> roles() {
        List<Leftover> out = new ArrayList<>();
        for (Role role : clients.iam().listRolesPaginator(r -> r.pathPrefix("/")).roles()) {
            if (!role.roleName().startsWith(ResourceNames.PREFIX)) {
                continue;
            }
            List<Tag> tags = clients.iam().listRoleTags(r -> r.roleName(role.roleName())).tags();
            Map<String, String> byKey = new java.util.HashMap<>();
            tags.forEach(t -> byKey.put(t.key(), t.value()));
            if (stale(byKey)) {
                out.add(new Leftover("role " + role.roleName(), () -> deleteRole(role.roleName())));
            }
        }
        return out;
    }

    private void deleteRole(String roleName) {
        clients.iam().listRolePolicies(r -> r.roleName(roleName)).policyNames()
                .forEach(policy -> clients.iam().deleteRolePolicy(r -> r.roleName(roleName).policyName(policy)));
        clients.iam().listAttachedRolePolicies(r -> r.roleName(roleName)).attachedPolicies()
                .forEach(policy -> clients.iam().detachRolePolicy(r -> r.roleName(roleName).policyArn(policy.policyArn())));
        clients.iam().deleteRole(r -> r.roleName(roleName));
    }

    private List<Leftover> identityPools() {
        List<Leftover> out = new ArrayList<>();
        for (IdentityPoolShortDescription pool : clients.cognitoIdentity().listIdentityPoolsPaginator(r -> r.maxResults(60)).identityPools()) {
            if (!pool.identityPoolName().startsWith(ResourceNames.PREFIX.replace('-', '_'))) {
                continue;
            }
            Map<String, String> tags = clients.cognitoIdentity().describeIdentityPool(r -> r.identityPoolId(pool.identityPoolId()))
                    .identityPoolTags();
            if (stale(tags)) {
                out.add(new Leftover("identity pool " + pool.identityPoolName(),
                        () -> clients.cognitoIdentity().deleteIdentityPool(r -> r.identityPoolId(pool.identityPoolId()))));
            }
        }
        return out;
    }

    private List<Leftover> userPools() {
        List<Leftover> out = new ArrayList<>();
        for (UserPoolDescriptionType pool : clients.cognitoIdp().listUserPoolsPaginator(r -> r.maxResults(60)).userPools()) {
            if (!pool.name().startsWith(ResourceNames.PREFIX)) {
                continue;
            }
            Map<String, String> tags = clients.cognitoIdp().describeUserPool(r -> r.userPoolId(pool.id())).userPool().userPoolTags();
            if (stale(tags)) {
                out.add(new Leftover("user pool " + pool.name(), () -> clients.cognitoIdp().deleteUserPool(r -> r.userPoolId(pool.id()))));
            }
        }
        return out;
    }

    private List<Leftover> restApis() {
        List<Leftover> out = new ArrayList<>();
        for (RestApi api : clients.apiGateway().getRestApisPaginator(r -> r.limit(500)).items()) {
            if (api.name().startsWith(ResourceNames.PREFIX) && stale(api.tags())) {
                out.add(new Leftover("REST API " + api.name(), () -> clients.apiGateway().deleteRestApi(r -> r.restApiId(api.id()))));
            }
        }
        return out;
    }

    private List<Leftover> functions() {
        List<Leftover> out = new ArrayList<>();
        for (FunctionConfiguration function : clients.lambda().listFunctionsPaginator().functions()) {
            if (!function.functionName().startsWith(ResourceNames.PREFIX)) {
                continue;
            }
            Map<String, String> tags = clients.lambda().listTags(r -> r.resource(function.functionArn())).tags();
            if (stale(tags)) {
                out.add(new Leftover("function " + function.functionName(),
                        () -> clients.lambda().deleteFunction(r -> r.functionName(function.functionName()))));
            }
        }
        return out;
    }

    /** Tagged by a run that started before the cutoff. Untagged means not ours: never touched. */
    boolean stale(Map<String, String> tags) {
        if (tags == null || !tags.containsKey(ResourceNames.RUN_TAG)) {
            return false;
        }
        try {
            return Instant.parse(tags.getOrDefault(ResourceNames.STARTED_TAG, "")).isBefore(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
