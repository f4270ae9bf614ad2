package org.officeapi.emulator.apigateway.invoke;

/** Stops the execute-api chain with a gateway response. Its message is AWS's, and may echo client input: never log it. */
public final class GatewayResponseException extends RuntimeException {

    private final GatewayResponse response;

    public GatewayResponseException(GatewayResponse response) {
        super(response.errorType(), null, false, false);
        this.response = response;
    }

    public GatewayResponse response() {
        return response;
    }
}
