package org.officeapi.emulator.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** Lambda's check that an invocation's payload is JSON, before any function sees it. */
final class JsonPayloads {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonPayloads() {}

    /** Throws InvalidRequestContentException, with the parser's complaint, when {@code payload} is not one JSON value. */
    static void requireJson(byte[] payload) {
        try {
            JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw LambdaErrors.invalidRequestContent(e.getOriginalMessage());
        } catch (IOException e) {
            throw LambdaErrors.invalidRequestContent(String.valueOf(e.getMessage()));
        }
    }
}
