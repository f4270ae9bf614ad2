package org.officeapi.targets;

import org.officeapi.target.AwsClients;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import java.util.ArrayList;
import java.util.List;

/** What an AWS endpoint holds of each kind the suite creates, listed through the SDK. */
final class ServerInventory {

    /** One resource: its kind ({@code role}, {@code user pool}, …) and name. */
    record Resource(String kind, String name) {
        /** Named as the suite names what it creates: {@code oaa-…}, or {@code oaa_…} (identity pool names allow no hyphen). */
        boolean suites() {
            return name.startsWith("oaa-") || name.startsWith("oaa_");
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    private ServerInventory() {}

    /** Every role, user pool, identity pool, REST API and function. */
    static List<Resource> all(AwsClients clients) {
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
    static List<Resource> suites(AwsClients clients) {
        return all(clients).stream().filter(Resource::suites).toList();
    }
}
