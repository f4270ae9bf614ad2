package org.officeapi.emulator.apigateway.invoke;

/**
 * An answer API Gateway itself gives instead of the integration's (AWS calls these "gateway
 * responses"): the status, the {@code x-amzn-ErrorType} header, and the JSON body's key and message.
 * AWS's default template writes {@code {"message": …}}; an IAM denial alone writes {@code {"Message": …}}.
 */
public record GatewayResponse(int status, String errorType, String messageKey, String message) {}
