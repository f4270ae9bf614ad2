package org.officeapi.interop;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the run's {@link CliStack}, provisioned the first time a class asks and stopped when the
 * whole test run ends (the root store closes it). When the CLI or curl is missing, each test reports itself
 * skipped with the reason (before the stack is asked for), or fails under {@code -Dinterop.required=true};
 * {@code -DskipUnitTests} (the acceptance suite alone) skips them as well.
 */
final class CliStackExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CliStackExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeFalse(Boolean.getBoolean("skipUnitTests"),
                "-DskipUnitTests runs the acceptance suite alone; the AWS CLI interoperability checks are tests of the project");
        InteropTools.requireOrSkip();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CliStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(CliStack.class, key -> CliStack.provision(), CliStack.class);
    }
}
