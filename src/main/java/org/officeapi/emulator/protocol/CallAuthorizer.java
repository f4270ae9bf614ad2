package org.officeapi.emulator.protocol;

import org.officeapi.emulator.core.Caller;

import java.util.Optional;

/**
 * Decides whether a signed caller other than the account root may call an operation, as IAM does
 * for every AWS API call. Returns AWS's denial message, or empty when allowed.
 */
@FunctionalInterface
public interface CallAuthorizer {

    Optional<String> denial(Caller caller, String action, String resourceArn);
}
