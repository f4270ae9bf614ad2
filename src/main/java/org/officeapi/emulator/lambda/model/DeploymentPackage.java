package org.officeapi.emulator.lambda.model;

/**
 * A function's deployment package as uploaded: the zip, its base64 SHA-256 and size as Lambda reports
 * them, and an id unique to this upload (warm instances of the function are keyed by it, so a function
 * deleted and created again under the same name never reuses the old one's instances).
 */
public record DeploymentPackage(String codeId, byte[] zip, String sha256, long size) {

    @Override
    public String toString() {
        return "DeploymentPackage[" + codeId + ", " + size + " bytes, sha256 " + sha256 + "]";
    }
}
