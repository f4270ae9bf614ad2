package org.officeapi.emulator.lambda;

import org.officeapi.emulator.lambda.model.LambdaFunction;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.lambda.model.EnvironmentResponse;
import software.amazon.awssdk.services.lambda.model.EphemeralStorage;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.LogFormat;
import software.amazon.awssdk.services.lambda.model.LoggingConfig;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.SnapStartApplyOn;
import software.amazon.awssdk.services.lambda.model.SnapStartOptimizationStatus;
import software.amazon.awssdk.services.lambda.model.SnapStartResponse;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.TracingConfigResponse;
import software.amazon.awssdk.services.lambda.model.TracingMode;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A function's configuration as Lambda describes it (the {@code FunctionConfiguration} shape of
 * CreateFunction, GetFunction, GetFunctionConfiguration and ListFunctions).
 */
final class FunctionConfigurations {

    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'")
            .withZone(ZoneOffset.UTC);

    private FunctionConfigurations() {}

    /**
     * The configuration. {@code withState}: ListFunctions leaves out State and LastUpdateStatus ("use
     * GetFunction to get the additional fields"); the embedded AWS's functions are Active at once.
     */
    static FunctionConfiguration of(LambdaFunction fn, boolean withState) {
        FunctionConfiguration.Builder config = FunctionConfiguration.builder()
                .functionName(fn.name())
                .functionArn(fn.arn())
                .runtime(fn.runtime())
                .role(fn.role())
                .handler(fn.handler())
                .codeSize(fn.code().size())
                .description(fn.description())
                .timeout(fn.timeoutSeconds())
                .memorySize(fn.memorySize())
                .lastModified(lastModified(fn.lastModified()))
                .codeSha256(fn.code().sha256())
                .version(FunctionNames.LATEST)
                .tracingConfig(TracingConfigResponse.builder().mode(TracingMode.PASS_THROUGH).build())
                .revisionId(fn.revisionId())
                .packageType(PackageType.ZIP)
                .architecturesWithStrings(fn.architectures())
                .ephemeralStorage(EphemeralStorage.builder().size(512).build())
                .snapStart(SnapStartResponse.builder().applyOn(SnapStartApplyOn.NONE)
                        .optimizationStatus(SnapStartOptimizationStatus.OFF).build())
                .loggingConfig(LoggingConfig.builder().logFormat(LogFormat.TEXT).logGroup("/aws/lambda/" + fn.name()).build());
        if (!fn.environment().isEmpty()) {
            config.environment(EnvironmentResponse.builder().variables(fn.environment()).build());
        }
        if (withState) {
            config.state(State.ACTIVE).lastUpdateStatus(LastUpdateStatus.SUCCESSFUL);
        }
        return config.build();
    }

    static String lastModified(Instant instant) {
        return LAST_MODIFIED.format(instant);
    }

    /**
     * Copies every member of {@code from} into a builder of another shape with the same members
     * (CreateFunctionResponse and GetFunctionConfigurationResponse are FunctionConfiguration by other names).
     */
    static <T> T copy(SdkPojo from, SdkBuilder<?, T> into) {
        SdkPojo target = (SdkPojo) into;
        for (SdkField<?> field : from.sdkFields()) {
            for (SdkField<?> targetField : target.sdkFields()) {
                if (targetField.memberName().equals(field.memberName())) {
                    targetField.set(target, field.getValueOrDefault(from));
                }
            }
        }
        return into.build();
    }
}
