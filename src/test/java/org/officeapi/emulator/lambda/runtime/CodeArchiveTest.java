package org.officeapi.emulator.lambda.runtime;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.lambda.FixtureZips;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeArchiveTest {

    @Test
    void aPackageIsCheckedAndReadRootFirstThenItsLibJars() {
        byte[] zip = FixtureZips.of(EchoHandler.class);

        assertThat(CodeArchive.check(zip)).isGreaterThan(zip.length);
        CodeArchive archive = CodeArchive.read(zip);
        assertThat(archive.resource("org/officeapi/emulator/lambda/fixtures/EchoHandler.class")).isNotNull();
        assertThat(archive.resource("com/amazonaws/services/lambda/runtime/Context.class")).as("from lib/aws-lambda-java-core").isNotNull();
        assertThat(archive.resource("org/joda/time/DateTime.class")).as("from lib/joda-time").isNotNull();
    }

    @Test
    void theRootWinsOverAJarAndJarsAreNotNestedFurther() {
        byte[] zip = FixtureZips.create().withLambdaLibraries()
                .entry("com/amazonaws/services/lambda/runtime/Context.class", "mine".getBytes(StandardCharsets.UTF_8))
                .entry("lib/nested/deeper.jar", "x".getBytes(StandardCharsets.UTF_8))
                .bytes();

        CodeArchive archive = CodeArchive.read(zip);

        assertThat(new String(archive.resource("com/amazonaws/services/lambda/runtime/Context.class"), StandardCharsets.UTF_8)).isEqualTo("mine");
        assertThat(archive.resource("lib/nested/deeper.jar")).as("only lib/*.jar are classpath entries").isNotNull();
    }

    @Test
    void somethingThatIsNotAZipCannotBeUnzipped() {
        assertThatThrownBy(() -> CodeArchive.check("just text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameterValueException");
                    assertThat(e.getMessage()).isEqualTo("Could not unzip uploaded file. Please check your file, then try to upload again.");
                });
        byte[] truncated = Arrays.copyOf(FixtureZips.of(EchoHandler.class), 2000);
        assertThatThrownBy(() -> CodeArchive.check(truncated)).isInstanceOf(AwsErrorException.class)
                .hasMessageStartingWith("Could not unzip uploaded file");
    }

    @Test
    void aPackageThatUnzipsBeyondTheQuotaIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] zeros = new byte[1024 * 1024];
            zip.putNextEntry(new ZipEntry("big.bin"));
            for (int i = 0; i < 251; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> CodeArchive.check(out.toByteArray())).isInstanceOfSatisfying(AwsErrorException.class, e ->
                assertThat(e.getMessage()).isEqualTo("Unzipped size must be smaller than 262144000 bytes"));
    }
}
