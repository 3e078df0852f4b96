package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the five services, tried by an anonymous caller, an earner, an assessor, an
 * issuer-admin and a release-manager of Northbridge, and a Southport user with an allowed role:
 * 401 without a token on a protected endpoint, 403 for a role that may not, 404 for another
 * institution's object, and the success (or the 409 that only the object's state explains) for
 * the roles that may. The matrix is printed; every cell that differs is listed in the failure.
 */
class AuthorizationMatrixIT {

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @Test
    void everyEndpointAnswersEachCallerAsItsRolesAndTenantAllow() {
        MatrixFixture fixture = new MatrixFixture(client).build();
        AccessMatrix matrix = new AccessMatrix();
        LearningSideRows.add(matrix, fixture, client);
        RecognitionRows.add(matrix, fixture, client);
        WalletActionRows.add(matrix, fixture, client);
        WalletAppRows.add(matrix, fixture, client);
        ImsApiRows.add(matrix, fixture, client);
        PresentationRows.add(matrix, fixture, client);
        IssuerOfferRows.add(matrix, fixture, client);
        CredentialSideRows.add(matrix, fixture, client);
        ReleaseRows.add(matrix, fixture, client);
        OperatorRows.add(matrix, client);
        LmsIssuanceRows.add(matrix, fixture, client);
        WalletActionRows.addRemoval(matrix, fixture, client);
        ProgramRows.add(matrix, fixture, client);
        AuditRows.add(matrix, fixture, client);

        List<String> mismatches = matrix.run();
        assertTrue(mismatches.isEmpty(), mismatches.size() + " cells differ:\n" + String.join("\n", mismatches));
    }
}
