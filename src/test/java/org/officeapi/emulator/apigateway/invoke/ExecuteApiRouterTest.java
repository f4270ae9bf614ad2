package org.officeapi.emulator.apigateway.invoke;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.apigateway.model.DeployedApi;
import org.officeapi.emulator.apigateway.model.IntegrationRecord;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExecuteApiRouterTest {

    private final Map<String, ResourceRecord> resources = new LinkedHashMap<>();

    @Test
    void literalPathsAndTheRoot() {
        add("root", null, null, "/", "GET");
        add("user", "root", "user", "/user", "GET");
        add("admin", "root", "admin", "/admin", "GET", "POST");

        assertThat(route("/", "GET")).hasValueSatisfying(m -> assertThat(m.resource().id()).isEqualTo("root"));
        assertThat(route("/user", "GET")).hasValueSatisfying(m -> {
            assertThat(m.resource().id()).isEqualTo("user");
            assertThat(m.method().httpMethod()).isEqualTo("GET");
            assertThat(m.pathParameters()).isEmpty();
        });
        assertThat(route("/admin", "POST")).hasValueSatisfying(m -> assertThat(m.method().httpMethod()).isEqualTo("POST"));
        assertThat(route("/user", "POST")).as("a verb without a method").isEmpty();
        assertThat(route("/nobody", "GET")).isEmpty();
        assertThat(route("/user/more", "GET")).isEmpty();
        assertThat(route("/User", "GET")).as("paths are case-sensitive").isEmpty();
    }

    @Test
    void variablesCaptureOneSegmentAsSent() {
        add("root", null, null, "/");
        add("pets", "root", "pets", "/pets");
        add("pet", "pets", "{petId}", "/pets/{petId}", "GET");
        add("toys", "pet", "toys", "/pets/{petId}/toys", "GET");

        assertThat(route("/pets/a%20b", "GET")).hasValueSatisfying(m -> {
            assertThat(m.resource().id()).isEqualTo("pet");
            assertThat(m.pathParameters()).containsExactly(Map.entry("petId", "a%20b"));
        });
        assertThat(route("/pets/7/toys", "GET")).hasValueSatisfying(m -> assertThat(m.pathParameters()).containsEntry("petId", "7"));
        assertThat(route("/pets", "GET")).as("/pets has no method").isEmpty();
        assertThat(route("/pets//toys", "GET")).as("an empty segment binds no variable").isEmpty();
    }

    @Test
    void literalsWinOverVariablesWhichWinOverGreedyOnes() {
        add("root", null, null, "/");
        add("me", "root", "me", "/me", "GET");
        add("id", "root", "{id}", "/{id}", "GET");
        add("idDeep", "id", "deep", "/{id}/deep", "GET");

        assertThat(route("/me", "GET")).hasValueSatisfying(m -> assertThat(m.resource().id()).isEqualTo("me"));
        assertThat(route("/you", "GET")).hasValueSatisfying(m -> assertThat(m.resource().id()).isEqualTo("id"));
        assertThat(route("/me/deep", "GET")).as("backtracks from the literal to the variable")
                .hasValueSatisfying(m -> {
                    assertThat(m.resource().id()).isEqualTo("idDeep");
                    assertThat(m.pathParameters()).containsExactly(Map.entry("id", "me"));
                });
    }

    @Test
    void greedyProxyTakesTheRestButNotNothing() {
        add("root", null, null, "/", "GET");
        add("proxy", "root", "{proxy+}", "/{proxy+}", "ANY");
        add("user", "root", "user", "/user", "GET");

        assertThat(route("/user", "GET")).hasValueSatisfying(m -> assertThat(m.resource().id()).isEqualTo("user"));
        assertThat(route("/user", "DELETE")).as("no fall back to the proxy for a missing verb").isEmpty();
        assertThat(route("/a/b/c", "DELETE")).hasValueSatisfying(m -> {
            assertThat(m.resource().id()).isEqualTo("proxy");
            assertThat(m.method().httpMethod()).isEqualTo("ANY");
            assertThat(m.pathParameters()).containsExactly(Map.entry("proxy", "a/b/c"));
        });
        assertThat(route("/", "GET")).hasValueSatisfying(m -> assertThat(m.resource().id()).isEqualTo("root"));
        assertThat(route("/", "POST")).isEmpty();
    }

    @Test
    void anyServesEveryVerbASpecificMethodDoesNotClaim() {
        add("root", null, null, "/");
        add("x", "root", "x", "/x", "ANY", "GET");

        assertThat(route("/x", "GET")).hasValueSatisfying(m -> assertThat(m.method().httpMethod()).isEqualTo("GET"));
        assertThat(route("/x", "PATCH")).hasValueSatisfying(m -> assertThat(m.method().httpMethod()).isEqualTo("ANY"));
    }

    @Test
    void aSingleTrailingSlashIsIgnored() {
        add("root", null, null, "/");
        add("user", "root", "user", "/user", "GET");

        assertThat(route("/user/", "GET")).isPresent();
        assertThat(route("/user//", "GET")).isEmpty();
    }

    private Optional<RouteMatch> route(String path, String verb) {
        return ExecuteApiRouter.route(new DeployedApi("api", resources, List.of()), path, verb);
    }

    private void add(String id, String parent, String pathPart, String path, String... verbs) {
        Map<String, MethodRecord> methods = new LinkedHashMap<>();
        for (String verb : verbs) {
            methods.put(verb, new MethodRecord(verb, "NONE", false, null,
                    new IntegrationRecord("AWS_PROXY", "POST", "uri", "arn:aws:lambda:us-east-1:000000000000:function:f",
                            "WHEN_NO_MATCH", 29000, id)));
        }
        resources.put(id, new ResourceRecord(id, parent, pathPart, path, methods));
    }
}
