package org.officeapi.target;

/**
 * A target that cannot start: the message names what is missing and how to fix it, and the run fails
 * at once instead of skipping everything.
 */
public final class TargetUnavailableException extends RuntimeException {

    public TargetUnavailableException(String message) {
        super(message);
    }

    public TargetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
