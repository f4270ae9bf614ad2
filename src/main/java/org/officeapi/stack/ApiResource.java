package org.officeapi.stack;

import java.util.Objects;

/**
 * One method of the API: {@code GET /user}, guarded by AWS_IAM, answered by the API's Lambda.
 *
 * @param answer what the Lambda answers on it (for checks; the Lambda decides, not this record)
 */
public record ApiResource(String method, String path, String answer) {

    public ApiResource {
        Objects.requireNonNull(method, "method");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a resource path starts with '/': " + path);
        }
    }

    /** The path segment API Gateway calls the resource's {@code pathPart} (this suite's resources sit under the root). */
    public String pathPart() {
        return path.substring(1);
    }
}
