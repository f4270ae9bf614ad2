package org.officeapi.emulator.cognitoidentity.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An identity of an identity pool: authenticated once a login is linked to it, unauthenticated
 * (a guest) while none is.
 *
 * @param sequence creation order, for stable pagination
 */
public record IdentityRecord(String identityId, String identityPoolId, List<LinkedLogin> logins, Instant creationDate,
                             Instant lastModifiedDate, long sequence) {

    public IdentityRecord {
        logins = List.copyOf(logins);
    }

    public boolean authenticated() {
        return !logins.isEmpty();
    }

    public boolean linkedTo(LinkedLogin login) {
        return logins.contains(login);
    }

    public IdentityRecord withLogin(LinkedLogin login, Instant at) {
        if (logins.contains(login)) {
            return this;
        }
        List<LinkedLogin> more = new ArrayList<>(logins);
        more.add(login);
        return new IdentityRecord(identityId, identityPoolId, more, creationDate, at, sequence);
    }
}
