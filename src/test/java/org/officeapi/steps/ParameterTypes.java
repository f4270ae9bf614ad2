package org.officeapi.steps;

import io.cucumber.java.ParameterType;

import java.util.Arrays;
import java.util.List;

/** The domain nouns the features speak of: users, roles, and lists of groups or roles ("Admin, User", "A and B"). */
public final class ParameterTypes {

    /** A user, by the name they sign in with. */
    public record User(String name) {}

    /** An IAM role, by name. */
    public record Role(String name) {}

    @ParameterType("[A-Z][a-z]+")
    public User user(String name) {
        return new User(name);
    }

    @ParameterType("[A-Za-z][\\w+=,.@-]*")
    public Role role(String name) {
        return new Role(name);
    }

    @ParameterType("[A-Za-z][\\w+=.@-]*(?:(?:, | and )[A-Za-z][\\w+=.@-]*)*")
    public List<String> names(String list) {
        return split(list);
    }

    /** "Admin, User" or "Admin and User" as a list; empty text as no names. */
    static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(", | and ")).map(String::strip).toList();
    }
}
