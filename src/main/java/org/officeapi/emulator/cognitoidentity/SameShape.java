package org.officeapi.emulator.cognitoidentity;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Copies one SDK shape into another that has the same members (AWS's CreateIdentityPool,
 * DescribeIdentityPool and UpdateIdentityPool all answer with the {@code IdentityPool} shape, which
 * the SDK models as three classes).
 */
final class SameShape {

    private SameShape() {}

    static <T, B extends SdkBuilder<B, T> & SdkPojo> T copy(SdkPojo source, B target) {
        for (SdkField<?> field : target.sdkFields()) {
            source.sdkFields().stream().filter(f -> f.memberName().equals(field.memberName())).findFirst()
                    .ifPresent(from -> field.set(target, from.getValueOrDefault(source)));
        }
        return target.build();
    }
}
