package org.officeapi.testsupport;

import org.officeapi.stack.ApiResource;
import org.officeapi.stack.GroupSpec;
import org.officeapi.stack.RoleMappingSpec;
import org.officeapi.stack.StackSpec;
import org.officeapi.stack.UserSpec;

import java.util.List;

/** The walkthrough's stack, as the features' Background states it, for tests that provision it through code. */
public final class WalkthroughStack {

    private WalkthroughStack() {}

    public static StackSpec spec() {
        return new StackSpec.Builder()
                .api("office_api", "api", List.of(new ApiResource("GET", "/user", "Hello user"), new ApiResource("GET", "/admin", "Hello admin")))
                .group(new GroupSpec("Admin", 0, "CognitoRoleSecureAPIAdmin"))
                .group(new GroupSpec("User", 1, "CognitoRoleSecureApiUser"))
                .roleMayInvoke("CognitoRoleSecureAPIAdmin", "GET", "/user")
                .roleMayInvoke("CognitoRoleSecureAPIAdmin", "GET", "/admin")
                .roleMayInvoke("CognitoRoleSecureApiUser", "GET", "/user")
                .roleMapping(RoleMappingSpec.TOKEN_DENY)
                .user(new UserSpec("John", List.of("User")))
                .user(new UserSpec("Rose", List.of("Admin", "User")))
                .build();
    }
}
