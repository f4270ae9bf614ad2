package org.officeapi.emulator.cognitoidentity.model;

/** A provider's user linked to an identity: the Logins key and the token's {@code sub}. */
public record LinkedLogin(String providerName, String subject) {}
