package org.officeapi.calls;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.time.Clock;

/**
 * How a call to the API authenticates itself: properly with SigV4, or in one of the ways a gate must
 * refuse (no signature, a bearer token, a tampered signature, a signature for another service or
 * region, a signature made at another time).
 */
public sealed interface CallSigning {

    /** No Authorization header at all. */
    record Unsigned() implements CallSigning {}

    /** {@code Authorization: Bearer <token>}, as if the API took Cognito tokens directly. */
    record Bearer(String token) implements CallSigning {
        @Override
        public String toString() {
            return "Bearer[…]";
        }
    }

    /**
     * SigV4 with the caller's credentials.
     *
     * @param service  the signing name, {@code execute-api} unless a scenario signs for the wrong service
     * @param region   the region in the credential scope
     * @param clock    the time the signature claims (the target's clock, or a clock set in the past)
     * @param tampered flip a character of the signature after signing
     */
    record SigV4(AwsSessionCredentials credentials, String service, String region, Clock clock, boolean tampered)
            implements CallSigning {
        @Override
        public String toString() {
            return "SigV4[" + credentials.accessKeyId() + ", " + service + "/" + region + (tampered ? ", tampered" : "") + "]";
        }
    }
}
