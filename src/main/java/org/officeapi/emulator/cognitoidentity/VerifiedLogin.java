package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;
import org.officeapi.emulator.cognitoidentity.model.LinkedLogin;

import java.util.Map;

/**
 * A login whose token passed every check: the configured provider (and app client) it came from,
 * the user's {@code sub}, and the token's claims (timestamps as epoch seconds, arrays as lists).
 */
record VerifiedLogin(CognitoProvider provider, String subject, Map<String, Object> claims) {

    VerifiedLogin {
        claims = Map.copyOf(claims);
    }

    LinkedLogin link() {
        return new LinkedLogin(provider.providerName(), subject);
    }

    @Override
    public String toString() {
        // claims stay out of logs: they carry the user's attributes
        return "VerifiedLogin[" + provider.providerName() + " sub=" + subject + "]";
    }
}
