package org.microcred.assessment.rest;

import jakarta.ws.rs.Path;
import org.microcred.support.audit.AuditConfig;
import org.microcred.support.audit.AuditQueries;
import org.microcred.support.audit.AuditResource;
import org.microcred.support.audit.AuditVerifier;
import org.microcred.support.security.Caller;

/** Assessment's audit trail (service-support's {@link AuditResource}): list, export, verify. */
@Path(AuditResource.PATH)
public class AssessmentAuditResource extends AuditResource {

    public AssessmentAuditResource(AuditQueries queries, AuditVerifier verifier, AuditConfig config, Caller caller) {
        super(queries, verifier, config, caller);
    }
}
