package org.officeapi.emulator.core;

import java.util.function.Predicate;

/** Sends the requests a predicate recognises to one endpoint. {@code name} is what logs show. */
public record Route(String name, Predicate<HttpRequest> matches, ServiceEndpoint endpoint) {}
