package org.officeapi.emulator.auth.sigv4;

/** {@code <AKID>/<yyyyMMdd>/<region>/<service>/aws4_request}, the part of a signature that says what it is for. */
public record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {

    /**
     * Splits a Credential value. A value with the wrong number of parts gets the region complaint,
     * because that is the first part AWS validates (message shape observed; the case itself UNCONFIRMED).
     */
    static CredentialScope parse(String credential) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5) {
            String region = parts.length > 2 ? parts[2] : "";
            throw SignatureFailure.incomplete("Credential should be scoped to a valid region, not '" + region + "'. ");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** The scope as it appears in the string to sign (without the access key). */
    public String value() {
        return date + "/" + region + "/" + service + "/" + terminator;
    }
}
