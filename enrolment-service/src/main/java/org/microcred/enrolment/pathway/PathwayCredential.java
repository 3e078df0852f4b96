package org.microcred.enrolment.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The stacked credential issued to an earner for a completed pathway. */
@Entity
@Table(name = "pathway_credential")
public class PathwayCredential {

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "pathway_id")
    public UUID pathwayId;
}
