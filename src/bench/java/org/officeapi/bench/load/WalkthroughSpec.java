package org.officeapi.bench.load;

import org.officeapi.stack.ApiResource;
import org.officeapi.stack.GroupSpec;
import org.officeapi.stack.RoleMappingSpec;
import org.officeapi.stack.StackSpec;
import org.officeapi.stack.UserSpec;

import java.util.List;

/** The stack of the walkthrough, as the Background of {@code features/access/access_matrix.feature} states it. */
final class WalkthroughSpec {

    static final String ADMIN_ROLE = "CognitoRoleSecureAPIAdmin";
    static final String USER_ROLE = "CognitoRoleSecureApiUser";

    private WalkthroughSpec() {}

    static StackSpec spec() {
        return new StackSpec.Builder()
                .api("office_api", "api", List.of(new ApiResource("GET", "/user", "Hello user"),
                        new ApiResource("GET", "/admin", "Hello admin")))
                .group(new GroupSpec("Admin", 0, ADMIN_ROLE))
                .group(new GroupSpec("User", 1, USER_ROLE))
                .roleMayInvoke(ADMIN_ROLE, "GET", "/user")
                .roleMayInvoke(ADMIN_ROLE, "GET", "/admin")
                .roleMayInvoke(USER_ROLE, "GET", "/user")
                .roleMapping(RoleMappingSpec.TOKEN_DENY)
                .user(new UserSpec("John", List.of("User")))
                .user(new UserSpec("Rose", List.of("Admin", "User")))
                .build();
    }
}
