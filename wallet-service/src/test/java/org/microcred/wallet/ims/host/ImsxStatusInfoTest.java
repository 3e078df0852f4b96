package org.microcred.wallet.ims.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.Ob3Schemas.Kind;
import org.microcred.support.problem.Problem;

/** A problem made into 1EdTech's error body: status words, the slug, the reason; and which paths get one. */
class ImsxStatusInfoTest {

    private static Problem problem(int status, String slug) {
        return new Problem(Problem.TYPE_BASE + slug, "Title", status, "Why it was refused", "/x",
                List.of(new Problem.FieldError("type", "must be Profile")));
    }

    @Test
    void eachStatusHasItsCodeMinorAndTheReasonIsKept() {
        assertEquals("invalid_data", ImsxStatusInfo.of(problem(400, "validation")).codeMinor().fields().get(0).value());
        assertEquals("invalid_query_parameter",
                ImsxStatusInfo.of(problem(400, CredentialQuery.SLUG)).codeMinor().fields().get(0).value());
        assertEquals("unauthorizedrequest", ImsxStatusInfo.of(problem(401, "unauthenticated")).codeMinor().fields()
                .get(0).value());
        assertEquals("forbidden", ImsxStatusInfo.codeMinor(problem(403, "insufficient-scope")));
        assertEquals("not_found", ImsxStatusInfo.codeMinor(problem(404, "not-found")));
        assertEquals("not_allowed", ImsxStatusInfo.codeMinor(problem(405, "method-not-allowed")));
        assertEquals("server_busy", ImsxStatusInfo.codeMinor(problem(503, "verification-busy")));
        assertEquals("internal_server_error", ImsxStatusInfo.codeMinor(problem(500, "internal")));

        ImsxStatusInfo info = ImsxStatusInfo.of(problem(400, "validation"));
        assertEquals("failure", info.codeMajor());
        assertEquals("error", info.severity());
        assertEquals("Why it was refused (type: must be Profile)", info.description());
        assertEquals("validation", info.codeMinor().fields().get(0).name());
    }

    @Test
    void itIsValidAgainstBothApisSchemas() throws Exception {
        Ob3Schemas schemas = Ob3Schemas.require();
        for (int status : new int[] {400, 401, 403, 404, 405, 503}) {
            String body = new ObjectMapper().writeValueAsString(ImsxStatusInfo.of(problem(status, "validation")));
            schemas.assertValid(Kind.IMSX_STATUS_INFO, body);
            schemas.assertValid(Kind.CLR_IMSX_STATUS_INFO, body);
        }
    }

    @Test
    void onlyTheSpecificationsPathsAnswerWithIt() {
        assertTrue(ImsxErrors.isSpecificationPath("/ims-api/northbridge/ims/ob/v3p0/credentials"));
        assertTrue(ImsxErrors.isSpecificationPath("/ims-api/southport/ims/clr/v2p0/profile"));
        assertFalse(ImsxErrors.isSpecificationPath("/ims-api/northbridge/register"));
        assertFalse(ImsxErrors.isSpecificationPath("/api/v1/wallet/credentials"));
        assertFalse(ImsxErrors.isSpecificationPath("/ims-api/ims/"));
    }
}
