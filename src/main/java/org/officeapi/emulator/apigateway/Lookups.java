package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.core.CallContext;

/** Finding what a call names, with the error AWS gives when it is not there. */
final class Lookups {

    private Lookups() {}

    static ApiGatewayStore.Regional regional(ApiGatewayStore store, CallContext context) {
        return store.in(context.accountId(), context.region());
    }

    /** The API, or {@code Invalid API identifier specified {account}:{id}}. */
    static RestApiState api(ApiGatewayStore store, CallContext context, String apiId) {
        RestApiState api = regional(store, context).restApis.get(apiId);
        if (api == null) {
            throw ApiGatewayErrors.apiNotFound(context.accountId(), apiId);
        }
        return api;
    }

    /**
     * The resource of an API. Method and integration calls answer {@code Invalid Resource identifier
     * specified} whether the API or the resource is unknown (validated against AWS).
     */
    static ResourceRecord resource(ApiGatewayStore store, CallContext context, String apiId, String resourceId) {
        RestApiState api = regional(store, context).restApis.get(apiId);
        ResourceRecord resource = api == null || resourceId == null ? null : api.resources.get(resourceId);
        if (resource == null) {
            throw ApiGatewayErrors.resourceNotFound();
        }
        return resource;
    }
}
