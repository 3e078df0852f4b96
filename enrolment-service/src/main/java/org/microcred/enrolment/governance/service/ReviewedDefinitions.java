package org.microcred.enrolment.governance.service;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionedDefinition;

/**
 * What the review steps ({@link ReviewTransitions}) need of one kind of versioned definition: micro-credentials
 * (CatalogueService) and pathways (PathwayService) each give their versions, the checks of a publication and what
 * publishing adds for them; the steps themselves are written once.
 */
public interface ReviewedDefinitions<T extends VersionedDefinition> {

    /** The lifecycle of this kind (its name, its problems). */
    VersionLifecycle lifecycle();

    /** The newest version, its row locked until the transaction ends; 404 when the definition is not the tenant's. */
    Uni<T> newestForUpdate(String tenantId, UUID id);

    /** Every version, oldest first. */
    Uni<List<T>> versions(String tenantId, UUID id);

    /** The checks a version passes to be published, made when it is submitted too (422 with what is wrong). */
    Uni<Void> checkPublishable(String tenantId, T version);

    /** What publishing adds before the step is recorded (a generated image for a version without one). */
    Uni<Void> beforePublished(String tenantId, T version);

    /** What publishing does once the step is recorded (the catalogue event; completions of earners already holding). */
    Uni<Void> afterPublished(String tenantId, T version);
}
