package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.model.User;

/**
 * USER_PASSWORD_AUTH (InitiateAuth) and ADMIN_USER_PASSWORD_AUTH / ADMIN_NO_SRP_AUTH (AdminInitiateAuth):
 * USERNAME and PASSWORD sent as they are, plus SECRET_HASH for clients with a secret.
 */
public final class UserPasswordFlow implements AuthFlow {

    private final SignInSteps steps;

    public UserPasswordFlow(SignInSteps steps) {
        this.steps = steps;
    }

    @Override
    public AuthOutcome start(SignInRequest request) {
        String username = SignInSteps.required(request.parameters(), "USERNAME");
        String password = SignInSteps.required(request.parameters(), "PASSWORD");
        SecretHash.check(request.client(), username, request.parameters().get("SECRET_HASH"));
        User user = steps.findUser(request.pool(), request.client(), username);
        steps.checkPassword(request.client(), user, password);
        return steps.complete(request.pool(), request.client(), user, request.now());
    }
}
