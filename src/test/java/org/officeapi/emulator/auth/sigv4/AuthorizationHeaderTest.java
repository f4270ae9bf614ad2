package org.officeapi.emulator.auth.sigv4;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How AWS words an Authorization header that is not a complete SigV4 one. */
class AuthorizationHeaderTest {

    @Test
    void aBearerTokenIsNotAKeyValuePair() {
        // as API Gateway answers it (observed in several public reports, e.g. apickli/apickli#112)
        assertThatThrownBy(() -> AuthorizationHeader.parse("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", true))
                .isInstanceOfSatisfying(SignatureFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(SignatureFailure.Kind.INCOMPLETE_SIGNATURE);
                    assertThat(f.getMessage()).isEqualTo("'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' not a valid key=value pair (missing equal-sign)"
                            + " in Authorization header: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln'.");
                });
    }

    @Test
    void aLoneTokenMissesEveryPart() {
        assertThatThrownBy(() -> AuthorizationHeader.parse("eyJhbGciOiJSUzI1NiJ9", false))
                .isInstanceOfSatisfying(SignatureFailure.class, f -> assertThat(f.getMessage()).isEqualTo(
                        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter."
                                + " Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence"
                                + " of either a 'X-Amz-Date' or a 'Date' header. Authorization=eyJhbGciOiJSUzI1NiJ9"));
    }

    @Test
    void pairsUnderAnotherSchemeAreNoSignature() {
        assertThatThrownBy(() -> AuthorizationHeader.parse("Basic dXNlcjpwYXNz=", true))
                .isInstanceOfSatisfying(SignatureFailure.class, f -> assertThat(f.getMessage())
                        .startsWith("Authorization header requires 'Credential' parameter."));
    }

    @Test
    void aSigV4HeaderWithAFragmentThatIsNoPair() {
        String header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host, Signature";
        assertThatThrownBy(() -> AuthorizationHeader.parse(header, true))
                .isInstanceOfSatisfying(SignatureFailure.class, f -> assertThat(f.getMessage())
                        .isEqualTo("'Signature' not a valid key=value pair (missing equal-sign) in Authorization header: '" + header + "'."));
    }

    @Test
    void aCompleteSigV4Header() {
        AuthorizationHeader parsed = AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", true);

        assertThat(parsed.scope().accessKeyId()).isEqualTo("AKIDEXAMPLE");
        assertThat(parsed.scope().service()).isEqualTo("service");
        assertThat(parsed.signedHeaders()).containsExactly("host", "x-amz-date");
    }
}
