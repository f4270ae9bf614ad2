package org.officeapi.emulator.apigateway.model;

import java.time.Instant;
import java.util.List;

/**
 * A REST API's own settings, as GetRestApi reports them. Immutable: an update stores a new record.
 *
 * @param endpointType     EDGE (AWS's default), REGIONAL or PRIVATE
 * @param ipAddressType    ipv4, or dualstack (the only choice for PRIVATE)
 * @param createdDate      whole seconds, as AWS reports it
 */
public record RestApiRecord(String id, String name, String description, String version, Instant createdDate,
                            List<String> binaryMediaTypes, Integer minimumCompressionSize, String apiKeySource,
                            String endpointType, String ipAddressType, boolean disableExecuteApiEndpoint,
                            String rootResourceId, String policy) {

    public RestApiRecord {
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
    }

    public RestApiRecord withName(String newName) {
        return new RestApiRecord(id, newName, description, version, createdDate, binaryMediaTypes, minimumCompressionSize,
                apiKeySource, endpointType, ipAddressType, disableExecuteApiEndpoint, rootResourceId, policy);
    }

    public RestApiRecord withDescription(String newDescription) {
        return new RestApiRecord(id, name, newDescription, version, createdDate, binaryMediaTypes, minimumCompressionSize,
                apiKeySource, endpointType, ipAddressType, disableExecuteApiEndpoint, rootResourceId, policy);
    }

    public RestApiRecord withBinaryMediaTypes(List<String> types) {
        return new RestApiRecord(id, name, description, version, createdDate, types, minimumCompressionSize,
                apiKeySource, endpointType, ipAddressType, disableExecuteApiEndpoint, rootResourceId, policy);
    }

    public RestApiRecord withMinimumCompressionSize(Integer size) {
        return new RestApiRecord(id, name, description, version, createdDate, binaryMediaTypes, size,
                apiKeySource, endpointType, ipAddressType, disableExecuteApiEndpoint, rootResourceId, policy);
    }

    public RestApiRecord withDisableExecuteApiEndpoint(boolean disable) {
        return new RestApiRecord(id, name, description, version, createdDate, binaryMediaTypes, minimumCompressionSize,
                apiKeySource, endpointType, ipAddressType, disable, rootResourceId, policy);
    }
}
