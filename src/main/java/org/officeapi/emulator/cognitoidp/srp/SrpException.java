package org.officeapi.emulator.cognitoidp.srp;

/**
 * An SRP step refused, for the reason {@link #failure()} names. Checked, so that the user-pool service
 * cannot forget to turn it into AWS's error. Its message never carries a secret.
 */
public final class SrpException extends Exception {

    private final SrpFailure failure;

    public SrpException(SrpFailure failure) {
        super(failure.name(), null, false, false);
        this.failure = failure;
    }

    public SrpFailure failure() {
        return failure;
    }
}
