package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.auth.sigv4.CredentialsResolver;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.WebIdentity;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The keys the data-plane unit tests sign with: the account root, and a Cognito identity-pool role session. */
final class TestCredentials {

    static final String ACCOUNT = "000000000000";
    static final String ROOT_KEY = "AKIAROOTEXAMPLE00001";
    static final String ROOT_SECRET = "root/secret/EXAMPLE";
    static final String SESSION_KEY = "ASIASESSIONEXAMPLE01";
    static final String SESSION_SECRET = "session/secret/EXAMPLE";
    static final String SESSION_TOKEN = "session-token-EXAMPLE";
    static final String ROLE_SESSION_ARN = "arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials";
    static final WebIdentity COGNITO = new WebIdentity("cognito-identity.amazonaws.com", "us-east-1:11111111-2222-3333-4444-555555555555",
            "us-east-1:99999999-8888-7777-6666-555555555555",
            List.of("authenticated", "cognito-idp.us-east-1.amazonaws.com/us-east-1_Example",
                    "cognito-idp.us-east-1.amazonaws.com/us-east-1_Example:CognitoSignIn:0b1c2d3e-1111-2222-3333-444455556666"));
    static final Caller ROOT = Caller.root(ACCOUNT, ROOT_KEY);
    static final Caller ROLE_SESSION = new Caller(Caller.Kind.ASSUMED_ROLE, ACCOUNT, ROLE_SESSION_ARN,
            "AROAEXAMPLEROLEID0001:CognitoIdentityCredentials", SESSION_KEY,
            "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser", COGNITO);

    private TestCredentials() {}

    /** The root, and a session that expires at {@code sessionExpiry}. */
    static CredentialsResolver resolver(Instant sessionExpiry) {
        SigningCredentials root = new SigningCredentials(ROOT_KEY, ROOT_SECRET, null, null, ROOT);
        SigningCredentials session = new SigningCredentials(SESSION_KEY, SESSION_SECRET, SESSION_TOKEN, sessionExpiry, ROLE_SESSION);
        return key -> key.equals(ROOT_KEY) ? Optional.of(root) : key.equals(SESSION_KEY) ? Optional.of(session) : Optional.empty();
    }

    static AwsCredentialsIdentity root() {
        return AwsCredentialsIdentity.create(ROOT_KEY, ROOT_SECRET);
    }

    static AwsCredentialsIdentity session() {
        return AwsSessionCredentialsIdentity.create(SESSION_KEY, SESSION_SECRET, SESSION_TOKEN);
    }
}
