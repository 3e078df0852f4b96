package org.microcred.issuance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.support.problem.ProblemException;

class StatusChangeTest {

    @Test
    void eachChangeFlipsItsOwnBit() {
        assertEquals(StatusPurpose.REVOCATION, StatusChange.REVOKE.purpose());
        assertEquals(true, StatusChange.REVOKE.bit());
        assertEquals(StatusPurpose.SUSPENSION, StatusChange.SUSPEND.purpose());
        assertEquals(true, StatusChange.SUSPEND.bit());
        assertEquals(StatusPurpose.SUSPENSION, StatusChange.REINSTATE.purpose());
        assertEquals(false, StatusChange.REINSTATE.bit());
        assertEquals(CredentialStatus.ACTIVE, StatusChange.REINSTATE.result());
    }

    @Test
    void anActiveOrSuspendedCredentialCanBeRevoked() {
        assertDoesNotThrow(() -> StatusChange.REVOKE.checkAllowedFrom(CredentialStatus.ACTIVE));
        assertDoesNotThrow(() -> StatusChange.REVOKE.checkAllowedFrom(CredentialStatus.SUSPENDED));
    }

    @Test
    void revocationIsFinal() {
        for (StatusChange change : StatusChange.values()) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> change.checkAllowedFrom(CredentialStatus.REVOKED));
            assertEquals(409, e.status());
        }
    }

    @Test
    void onlyASuspendedCredentialIsReinstatedAndNoneIsSuspendedTwice() {
        assertDoesNotThrow(() -> StatusChange.REINSTATE.checkAllowedFrom(CredentialStatus.SUSPENDED));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> StatusChange.REINSTATE.checkAllowedFrom(CredentialStatus.ACTIVE)).status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> StatusChange.SUSPEND.checkAllowedFrom(CredentialStatus.SUSPENDED)).status());
    }
}
