package org.officeapi.signin;

/**
 * How a user proves their password: SRP (what browser and mobile SDKs do; the password never leaves
 * the client) or USER_PASSWORD_AUTH (the password is sent, over TLS, to Cognito).
 */
public enum SignInFlow {
    SRP,
    PASSWORD
}
