package org.officeapi.emulator.protocol;

import org.officeapi.emulator.core.CallContext;

/** One AWS operation as a service implements it: SDK input shape in, SDK output shape out. */
@FunctionalInterface
public interface OperationHandler<I, O> {

    O handle(I input, CallContext context);
}
