package org.officeapi.emulator.lambda.runtime;

/**
 * A failure the AWS Java runtime blames on the function's code or configuration rather than on one
 * invocation's input: a handler class that cannot be found or loaded, a handler string it cannot read,
 * a class with no usable method or constructor. Reported as {@code {"errorMessage": …, "errorType": …}}
 * without a stack trace, as the runtime reports it. A fatal fault (a constructor or static initialiser
 * that threw) ends the instance; the next invocation starts a new one.
 */
final class UserFault extends Exception {

    private final String errorType;
    private final boolean fatal;

    UserFault(String message, String errorType, boolean fatal) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.fatal = fatal;
    }

    /** A fault from a throwable: its message (or, without one, its class name) and its class. */
    static UserFault of(Throwable t, boolean fatal) {
        String message = t.getLocalizedMessage() == null ? t.getClass().getName() : t.getLocalizedMessage();
        return new UserFault(message, t.getClass().getName(), fatal);
    }

    String errorType() {
        return errorType;
    }

    boolean fatal() {
        return fatal;
    }
}
