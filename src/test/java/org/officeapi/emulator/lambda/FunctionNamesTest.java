package org.officeapi.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionNamesTest {

    private static final CallContext CONTEXT = new CallContext("r", "000000000000", "us-east-1",
            Caller.root("000000000000", "test"), "127.0.0.1", "test", Instant.now());

    private static FunctionNames.Reference resolve(String name, String qualifier) {
        return FunctionNames.resolve(name, qualifier, CONTEXT, "lambda:GetFunction");
    }

    @Test
    void aNameAPartialArnAndAFullArnNameTheSameFunction() {
        FunctionNames.Reference byName = resolve("office", null);
        assertThat(byName.arn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:office");
        assertThat(resolve("000000000000:function:office", null)).isEqualTo(byName);
        assertThat(resolve("arn:aws:lambda:us-east-1:000000000000:function:office", null)).isEqualTo(byName);
    }

    @Test
    void qualifiersComeFromTheNameOrTheParameter() {
        assertThat(resolve("office:$LATEST", null).qualifier()).isEqualTo("$LATEST");
        assertThat(resolve("arn:aws:lambda:us-east-1:000000000000:function:office:live", null).qualifier()).isEqualTo("live");
        assertThat(resolve("office", "7").qualifier()).isEqualTo("7");
        assertThat(resolve("office", "7").latest()).isFalse();
        assertThat(resolve("office", "7").qualifiedArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:office:7");
        assertThat(resolve("office:$LATEST", "$LATEST").latest()).isTrue();
    }

    @Test
    void differingQualifiersAreRefused() {
        assertThatThrownBy(() -> resolve("office:live", "7")).isInstanceOfSatisfying(AwsErrorException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameterValueException");
            assertThat(e.getMessage()).isEqualTo("The derived qualifier from the function name does not match the specified qualifier.");
        });
    }

    @Test
    void anArnOfAnotherRegionIsNotReachable() {
        assertThatThrownBy(() -> resolve("arn:aws:lambda:eu-west-1:000000000000:function:office", null))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("Functions from 'eu-west-1' are not reachable in this region ('us-east-1')");
                });
    }

    @Test
    void anotherAccountsFunctionIsDenied() {
        assertThatThrownBy(() -> resolve("111111111111:function:office", null)).isInstanceOfSatisfying(AwsErrorException.class, e -> {
            assertThat(e.code()).isEqualTo("AccessDeniedException");
            assertThat(e.status()).isEqualTo(403);
        });
    }

    @Test
    void parseArnTakesOnlyFullArns() {
        assertThat(FunctionNames.parseArn("arn:aws:lambda:eu-west-1:111111111111:function:office"))
                .isEqualTo(new FunctionNames.Reference("office", null, "111111111111", "eu-west-1"));
        assertThat(FunctionNames.parseArn("office")).isNull();
        assertThat(FunctionNames.parseArn("111111111111:function:office")).isNull();
        assertThat(FunctionNames.parseArn(null)).isNull();
    }
}
