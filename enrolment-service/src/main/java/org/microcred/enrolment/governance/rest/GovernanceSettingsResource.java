package org.microcred.enrolment.governance.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.microcred.enrolment.governance.GovernanceSetting;
import org.microcred.enrolment.governance.service.GovernanceSettingsService;
import org.microcred.support.security.Caller;

/**
 * The institution's governance settings: whether a micro-credential or pathway version is published only after a
 * release-manager approved it (default on). Read by issuer-admins and release-managers, changed by a release-manager.
 */
@Path("/api/v1/governance/settings")
public class GovernanceSettingsResource {

    private final GovernanceSettingsService settings;
    private final Caller caller;

    public GovernanceSettingsResource(GovernanceSettingsService settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"issuer-admin", "release-manager"})
    public Uni<SettingsView> get() {
        return settings.get(caller.tenantId()).map(GovernanceSettingsResource::view);
    }

    @PUT
    @RolesAllowed("release-manager")
    public Uni<SettingsView> update(@NotNull @Valid SettingsRequest request) {
        return settings.update(caller.tenantId(), request.publicationApproval(), caller.userId())
                .map(GovernanceSettingsResource::view);
    }

    private static SettingsView view(GovernanceSetting s) {
        return new SettingsView(s.publicationApproval, s.updatedBy, s.updatedAt);
    }
}
