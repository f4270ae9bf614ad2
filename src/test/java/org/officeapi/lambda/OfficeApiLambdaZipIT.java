package org.officeapi.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import org.officeapi.emulator.lambda.ExecutionRoleFixtures;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment package {@code mvn package} built ({@code target/office-api-lambda.zip}), checked after
 * packaging: the layout the AWS Java runtime loads, nothing but the handler and its libraries, and a
 * handler that answers API Gateway proxy events when deployed as is.
 */
class OfficeApiLambdaZipIT {

    private static final Path ZIP = Path.of("target", "office-api-lambda.zip");

    private static List<String> files() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(names::add);
            return names;
        }
    }

    @Test
    void theHandlerClassesAreAtTheRootAsCompiled() throws IOException {
        List<String> compiled;
        try (Stream<Path> classes = Files.list(Path.of("target", "classes", "org", "officeapi", "lambda"))) {
            compiled = classes.map(p -> "org/officeapi/lambda/" + p.getFileName()).filter(n -> n.endsWith(".class")).toList();
        }

        assertThat(compiled).contains("org/officeapi/lambda/OfficeApiHandler.class");
        assertThat(files().stream().filter(n -> !n.startsWith("lib/")).toList()).containsExactlyInAnyOrderElementsOf(compiled);
    }

    @Test
    void libHoldsExactlyTheLambdaLibrariesAndWhatTheyNeed() throws IOException {
        List<String> libs = files().stream().filter(n -> n.startsWith("lib/")).toList();

        assertThat(libs).hasSize(3).allMatch(n -> n.endsWith(".jar") && n.indexOf('/', 4) < 0);
        assertThat(libs).anyMatch(n -> n.startsWith("lib/aws-lambda-java-core-"))
                .anyMatch(n -> n.startsWith("lib/aws-lambda-java-events-"))
                .anyMatch(n -> n.startsWith("lib/joda-time-"));
    }

    @Test
    void deployedAsIsItAnswersApiGatewayProxyEvents() throws Exception {
        byte[] zip = Files.readAllBytes(ZIP);
        ObjectMapper json = new ObjectMapper();
        try (EmbeddedAws aws = EmbeddedAws.start(); LambdaClient lambda = SdkClients.client(LambdaClient.builder(), aws)) {
            String role = ExecutionRoleFixtures.lambdaRole(aws, "office-api");
            lambda.createFunction(r -> r.functionName("office-api").runtime("java21").role(role)
                    .handler("org.officeapi.lambda.OfficeApiHandler::handleRequest").code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));

            for (String resource : new String[]{"/user", "/admin", "/other"}) {
                String event = "{\"resource\":\"" + resource + "\",\"path\":\"" + resource + "\",\"httpMethod\":\"GET\","
                        + "\"requestContext\":{\"identity\":{\"userArn\":\"arn:aws:sts::000000000000:assumed-role/R/CognitoIdentityCredentials\"}}}";
                InvokeResponse response = lambda.invoke(r -> r.functionName("office-api").payload(SdkBytes.fromUtf8String(event)));
                JsonNode answer = json.readTree(response.payload().asUtf8String());

                assertThat(response.functionError()).isNull();
                assertThat(answer.get("headers").get("X-Office-Caller-Arn").asText())
                        .isEqualTo("arn:aws:sts::000000000000:assumed-role/R/CognitoIdentityCredentials");
                switch (resource) {
                    case "/user" -> assertThat(answer.get("body").asText()).isEqualTo("Hello user");
                    case "/admin" -> assertThat(answer.get("body").asText()).isEqualTo("Hello admin");
                    default -> assertThat(answer.get("statusCode").asInt()).isEqualTo(404);
                }
            }
        }
    }
}
