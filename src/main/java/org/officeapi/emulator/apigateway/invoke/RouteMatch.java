package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;

import java.util.Map;

/** The deployed resource and method a request resolved to, with the values of its path variables (as sent). */
public record RouteMatch(ResourceRecord resource, MethodRecord method, Map<String, String> pathParameters) {

    public RouteMatch {
        pathParameters = Map.copyOf(pathParameters);
    }
}
