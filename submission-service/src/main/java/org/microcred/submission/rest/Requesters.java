package org.microcred.submission.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.microcred.submission.Requester;
import org.microcred.support.security.Caller;

/** The service's view of the caller, from the verified token. */
@RequestScoped
public class Requesters {

    private final Caller caller;
    private final SecurityIdentity identity;

    public Requesters(Caller caller, SecurityIdentity identity) {
        this.caller = caller;
        this.identity = identity;
    }

    /** The caller acting as an earner: only their own submissions exist for them. */
    public Requester earner() {
        return Requester.earner(caller.tenantId(), caller.userId());
    }

    /** The caller reading: their own attempts, those assigned to them as assessor, all as issuer-admin. */
    public Requester reader() {
        return new Requester(caller.tenantId(), caller.userId(), identity.hasRole("issuer-admin"),
                identity.hasRole("assessor"));
    }
}
