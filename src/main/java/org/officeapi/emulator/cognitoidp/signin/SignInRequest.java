package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.UserPool;

import java.time.Instant;
import java.util.Map;

/**
 * A sign-in attempt as InitiateAuth or AdminInitiateAuth made it, once its pool and app client are known.
 *
 * @param admin whether it came through AdminInitiateAuth (signed, with UserPoolId)
 */
public record SignInRequest(UserPool pool, AppClient client, String flow, Map<String, String> parameters, boolean admin,
                            Instant now) {

    public SignInRequest {
        parameters = WireParameters.present(parameters);
    }

    @Override
    public String toString() {
        return "SignInRequest[" + flow + " on " + pool.id() + "]";
    }
}
