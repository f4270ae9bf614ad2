package org.officeapi.emulator.auth.sigv4;

import java.util.Optional;

/** Looks up an access key: the account's root keys, or the temporary keys STS issued. */
@FunctionalInterface
public interface CredentialsResolver {

    Optional<SigningCredentials> lookup(String accessKeyId);
}
