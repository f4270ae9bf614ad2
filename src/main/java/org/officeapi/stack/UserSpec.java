package org.officeapi.stack;

import java.util.List;

/** A test user by name (John, Rose) and the groups it belongs to. Its password is made up per run. */
public record UserSpec(String name, List<String> groups) {

    public UserSpec {
        groups = List.copyOf(groups);
    }
}
