package org.officeapi.emulator.core;

import java.util.Map;

/**
 * An error as AWS reports it: a code that equals the SDK's exception name, the HTTP status and the
 * message. Services throw it through their error catalogues; only the protocol layer turns it into
 * bytes. Created fresh on every throw, never shared.
 */
public class AwsErrorException extends RuntimeException {

    private final String code;
    private final int status;
    private final boolean senderFault;
    private final Map<String, String> extraMembers;

    public AwsErrorException(String code, int status, String message) {
        this(code, status, message, status < 500, Map.of());
    }

    public AwsErrorException(String code, int status, String message, boolean senderFault, Map<String, String> extraMembers) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.senderFault = senderFault;
        this.extraMembers = Map.copyOf(extraMembers);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public boolean senderFault() {
        return senderFault;
    }

    /** Members some error shapes carry beside the message (e.g. {@code reasonCode}). */
    public Map<String, String> extraMembers() {
        return extraMembers;
    }

    @Override
    public String toString() {
        return code + " (" + status + "): " + getMessage();
    }
}
