package org.officeapi.emulator.auth.sigv4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.Headers;
import org.officeapi.emulator.core.HttpRequest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AWS's Signature Version 4 test suite (src/test/resources/sigv4, from awslabs/aws-c-auth, Apache 2.0):
 * for every case, header-signed and presigned, the verifier derives exactly the published canonical
 * request, string to sign and signature, and accepts the request at the case's time.
 */
class SigV4TestSuiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheSuite() throws IOException, URISyntaxException {
        Path suite = Path.of(SigV4TestSuiteTest.class.getResource("/sigv4").toURI());
        try (Stream<Path> cases = Files.list(suite)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream().flatMap(dir -> Stream.of("header", "query")
                    .filter(style -> Files.exists(dir.resolve(style + "-signed-request.txt")))
                    .map(style -> DynamicTest.dynamicTest(dir.getFileName() + " (" + style + ")", () -> check(dir, style))));
        }
    }

    private static void check(Path dir, String style) throws IOException {
        JsonNode context = JSON.readTree(dir.resolve("context.json").toFile());
        HttpRequest request = parseRequest(read(dir, style + "-signed-request.txt"));
        String secret = context.at("/credentials/secret_access_key").asText();
        boolean normalize = context.path("normalize").asBoolean(true);

        boolean tokenAddedAfterSigning = context.path("omit_session_token").asBoolean(false);
        SignatureComputation computed = SigV4Verifier.compute(request, secret, normalize, tokenAddedAfterSigning);

        assertThat(computed.canonicalRequest()).as("canonical request").isEqualTo(read(dir, style + "-canonical-request.txt"));
        assertThat(computed.stringToSign()).as("string to sign").isEqualTo(read(dir, style + "-string-to-sign.txt"));
        assertThat(computed.signature()).as("signature").isEqualTo(read(dir, style + "-signature.txt").trim());

        Instant at = Instant.parse(context.path("timestamp").asText());
        String accessKey = context.at("/credentials/access_key_id").asText();
        String token = context.at("/credentials/token").isMissingNode() ? null : context.at("/credentials/token").asText();
        SigningCredentials credentials = new SigningCredentials(accessKey, secret, token, null, Caller.root("111122223333", accessKey));
        CredentialsResolver resolver = key -> key.equals(accessKey) ? Optional.of(credentials) : Optional.empty();
        ScopeRule rule = ScopeRule.regional(context.path("service").asText());
        VerifiedSignature verified = new SigV4Verifier(resolver, Clock.fixed(at, ZoneOffset.UTC))
                .verify(request, normalize ? rule : rule.withoutPathNormalisation());
        assertThat(verified.caller().accessKeyId()).isEqualTo(accessKey);
        assertThat(verified.region()).isEqualTo(context.path("region").asText());
    }

    private static String read(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** The suite's request files: a request line, headers (with folded continuation lines), a blank line, the body. */
    static HttpRequest parseRequest(String text) {
        int headEnd = text.indexOf("\n\n");
        String head = headEnd < 0 ? text : text.substring(0, headEnd);
        String body = headEnd < 0 ? "" : text.substring(headEnd + 2);
        String[] lines = head.split("\n");
        String requestLine = lines[0];
        String method = requestLine.substring(0, requestLine.indexOf(' '));
        String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(" HTTP/"));
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);

        Headers headers = new Headers();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && name != null) {
                value.append('\n').append(line);
                continue;
            }
            if (name != null) {
                headers.add(name, value.toString());
            }
            int colon = line.indexOf(':');
            name = line.substring(0, colon);
            value = new StringBuilder(line.substring(colon + 1));
        }
        if (name != null) {
            headers.add(name, value.toString());
        }
        return new HttpRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", Instant.EPOCH);
    }
}
