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
 * Resources the suite created that are still there: those of runs that were interrupted (name starting
 * with {@code oaa-} — identity pools {@code oaa_}, their names allow no hyphen — AND the run tags with a
 * start time older than a cutoff: both checks, so that nothing the suite did not create is ever
 * touched), or those of one run (to prove a run left nothing behind).
 */
public final class Leftovers {

    /** One leftover and how to remove it. */
    public record Leftover(String what, Teardown.Step delete) {}

    /** Which of the suite's resources to select, by name (identity pool names use '_' for '-') and tags. */
    @FunctionalInterface
    public interface Selector {
        boolean selects(String name, Map<String, String> tags);
    }

    private final AwsClients clients;
    private final Selector selector;

    public Leftovers(AwsClients clients, Selector selector) {
        this.clients = clients;
        this.selector = selector;
    }

    /** Resources of runs that started before the cutoff. */
    public static Selector staleRuns(Instant cutoff) {
        return (name, tags) -> (name.startsWith(ResourceNames.PREFIX) || name.startsWith(ResourceNames.PREFIX.replace('-', '_')))
                && stale(tags, cutoff);
    }

    /** Every resource of one run, tagged or not. */
    public static Selector ofRun(ResourceNames run) {
        return (name, tags) -> run.owns(name) || run.owns(name.replace('_', '-'));
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
            if (selector.selects(role.roleName(), byKey)) {
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
            if (selector.selects(pool.identityPoolName(), tags)) {
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
            if (selector.selects(pool.name(), tags)) {
                out.add(new Leftover("user pool " + pool.name(), () -> clients.cognitoIdp().deleteUserPool(r -> r.userPoolId(pool.id()))));
            }
        }
        return out;
    }

    private List<Leftover> restApis() {
        List<Leftover> out = new ArrayList<>();
        for (RestApi api : clients.apiGateway().getRestApisPaginator(r -> r.limit(500)).items()) {
            if (api.name().startsWith(ResourceNames.PREFIX) && selector.selects(api.name(), api.tags())) {
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
            // GetFunction carries the tags, as ListTags does, and every Lambda-compatible endpoint serves it
            Map<String, String> tags = clients.lambda().getFunction(r -> r.functionName(function.functionName())).tags();
            if (selector.selects(function.functionName(), tags)) {
                out.add(new Leftover("function " + function.functionName(),
                        () -> clients.lambda().deleteFunction(r -> r.functionName(function.functionName()))));
            }
        }
        return out;
    }

    /** Tagged by a run that started before the cutoff. Untagged means not ours: never touched. */
    static boolean stale(Map<String, String> tags, Instant cutoff) {
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
