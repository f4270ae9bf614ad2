package org.officeapi.bench.load;

import org.officeapi.calls.ApiAnswer;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Makes a SigV4-signed call to the deployed API (paths start with the stage) and returns the whole answer. */
interface SignedClient extends AutoCloseable {

    /** How the report names the client. */
    String name();

    ApiAnswer call(String method, String path, AwsSessionCredentials credentials);

    @Override
    default void close() {}
}
