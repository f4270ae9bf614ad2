package org.officeapi.srp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The known answers in src/test/resources/srp/cognito-srp-vectors.json, produced by amazon-cognito-identity-js
 * (interop/srp/README.md says how). Shared by the tests of the math, the client and the server.
 */
public final class SrpVectors {

    public record Input(String name, String userPoolId, String clientId, String poolName, String userIdForSrp,
                        String signInName, String password, String salt, String smallA, String smallB,
                        String secretBlock, String instant) {

        public BigInteger a() {
            return new BigInteger(smallA, 16);
        }

        public BigInteger b() {
            return new BigInteger(smallB, 16);
        }

        public Clock clock() {
            return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        }
    }

    public record Expected(String k, String SRP_A, String padHexA, String x, String v, String SRP_B, String u,
                           String padHexU, String S, String padHexS, String hkdfKey, Map<String, String> challengeResponses) {
    }

    public record Handshake(Input input, Expected expected) {
        @Override
        public String toString() {
            return input.name();
        }
    }

    public record PadHex(String value, String padHex) {
    }

    public record Timestamp(String instant, String timestamp) {
    }

    public record SecretHashVector(String clientSecret, String username, String clientId, String secretHash) {
    }

    public record Document(String producedBy, List<Handshake> handshakes, List<PadHex> padHex,
                           List<Timestamp> timestamps, List<SecretHashVector> secretHashes) {
    }

    private static final Document DOCUMENT = load();

    private SrpVectors() {
    }

    public static Document document() {
        return DOCUMENT;
    }

    public static List<Handshake> handshakes() {
        return DOCUMENT.handshakes();
    }

    private static Document load() {
        try (InputStream in = SrpVectors.class.getResourceAsStream("/srp/cognito-srp-vectors.json")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/srp/cognito-srp-vectors.json is missing");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
