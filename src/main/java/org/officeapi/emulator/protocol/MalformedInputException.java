package org.officeapi.emulator.protocol;

/**
 * Input that cannot be read into the operation's shape (bad JSON, a string where a number belongs).
 * Each protocol reports it under its own code (SerializationException, InvalidRequestContentException…).
 */
public final class MalformedInputException extends RuntimeException {

    public MalformedInputException(String message) {
        super(message, null, false, false);
    }
}
