package org.officeapi.steps;

import org.officeapi.steps.support.IdToken;

import java.util.HashMap;
import java.util.Map;

/** What one scenario has learnt so far, shared by its steps (picocontainer makes one per scenario). */
public final class ScenarioContext {

    private final Map<String, IdToken> idTokens = new HashMap<>();

    public void signedIn(String user, IdToken token) {
        idTokens.put(user, token);
    }

    public IdToken idTokenOf(String user) {
        IdToken token = idTokens.get(user);
        if (token == null) {
            throw new IllegalStateException(user + " has not signed in in this scenario");
        }
        return token;
    }
}
