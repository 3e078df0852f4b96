package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.microcred.support.persistence.CredentialStatusRecord;

/**
 * The latest status of a credential as issuance-service announced it ({@code credential.status.changed}); what it
 * keeps and how a change applies (newest wins, REVOKED is final) is {@link CredentialStatusRecord}'s. A credential
 * without a row is ACTIVE. REVOKED ones no longer count toward pathways. The enrolment it ended, if any, gets a
 * line on its journey's timeline.
 */
@Entity
@Table(name = "credential_status")
public class CredentialStatus extends CredentialStatusRecord {

    @Column(name = "enrolment_id")
    public UUID enrolmentId;
}
