package org.officeapi.steps;

import io.cucumber.java.ParameterType;
import org.officeapi.signin.SignInFlow;

import java.util.Arrays;
import java.util.List;

/** The domain nouns of the features, as Cucumber Expression parameter types. */
public final class ParameterTypes {

    /** A test user of the Background: John, Rose. */
    @ParameterType("[A-Z][a-z]+")
    public String user(String name) {
        return name;
    }

    /** A role by the name the features give it (CognitoRoleSecureAPIAdmin). */
    @ParameterType("[A-Za-z][A-Za-z0-9+=,.@_-]*")
    public String role(String name) {
        return name;
    }

    /** Names listed in prose: "Admin, User" or "CognitoRoleSecureAPIAdmin and AuditorRole". */
    @ParameterType("[A-Za-z][\\w+=.@-]*(?:(?:, | and )[A-Za-z][\\w+=.@-]*)*")
    public List<String> names(String list) {
        return Arrays.stream(list.split(", | and ")).map(String::strip).toList();
    }

    @ParameterType("GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS")
    public String method(String method) {
        return method;
    }

    /** A path on the API, starting with the stage: /api/user. */
    @ParameterType("/[^\\s\"]*")
    public String path(String path) {
        return path;
    }

    @ParameterType("SRP|USER_PASSWORD_AUTH")
    public SignInFlow flow(String flow) {
        return flow.equals("SRP") ? SignInFlow.SRP : SignInFlow.PASSWORD;
    }
}
