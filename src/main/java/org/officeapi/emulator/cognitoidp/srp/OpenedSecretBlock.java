package org.officeapi.emulator.cognitoidp.srp;

/**
 * A SECRET_BLOCK that opened, was issued to the asking pool and client, is fresh and is being used for
 * the first time; {@link #sealed()} is the base64 the client sent, whose bytes its signature covers.
 */
public record OpenedSecretBlock(SecretBlock contents, String sealed) {

    /** The USER_ID_FOR_SRP the challenge was issued for: look the user up by it. */
    public String userIdForSrp() {
        return contents.userIdForSrp();
    }
}
