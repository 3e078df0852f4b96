package org.microcred.enrolment.image;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionedDefinition;
import org.microcred.enrolment.governance.service.CatalogueAudit;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.repository.PathwayRepository;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.support.problem.ProblemException;

/**
 * An issuer-admin's upload of the image of a draft version (micro-credential or pathway): checked
 * ({@link ImageInspector}), stored, and named by the version's {@code imageUrl} in one transaction. Only a draft
 * changes, as with every other edit ({@link VersionLifecycle}); another tenant's definition is as absent as a
 * missing one. A later PUT of the draft's content replaces {@code imageUrl} with the one it gives.
 */
@ApplicationScoped
public class ImageUploads {

    private final AchievementRepository achievements;
    private final PathwayRepository pathways;
    private final ImageStore store;
    private final CatalogueAudit audit;

    public ImageUploads(AchievementRepository achievements, PathwayRepository pathways, ImageStore store,
            CatalogueAudit audit) {
        this.achievements = achievements;
        this.pathways = pathways;
        this.store = store;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<StoredImage> achievement(String tenantId, UUID id, int version, InspectedImage image) {
        return draft(VersionLifecycle.ACHIEVEMENTS, "Micro-credential", id, version,
                achievements.newest(tenantId, id, LockModeType.PESSIMISTIC_WRITE),
                v -> achievements.findVersion(tenantId, id, v))
                .chain(draft -> stored(VersionLifecycle.ACHIEVEMENTS, draft, draft.imageUrl,
                        url -> draft.imageUrl = url, image));
    }

    @WithTransaction
    public Uni<StoredImage> pathway(String tenantId, UUID id, int version, InspectedImage image) {
        return draft(VersionLifecycle.PATHWAYS, "Pathway", id, version,
                pathways.findNewest(tenantId, id, LockModeType.PESSIMISTIC_WRITE),
                v -> pathways.findVersion(tenantId, id, v))
                .chain(draft -> stored(VersionLifecycle.PATHWAYS, draft, draft.imageUrl,
                        url -> draft.imageUrl = url, image));
    }

    /** Stores the image, names it in the draft and records the change (its audit record). */
    private Uni<StoredImage> stored(VersionLifecycle lifecycle, VersionedDefinition draft, String before,
            Consumer<String> named, InspectedImage image) {
        return store.store(image).chain(url -> {
            named.accept(url);
            draft.updatedAt = Instant.now();
            return audit.imageChanged(lifecycle, draft, before, url).replaceWith(StoredImage.of(url, image));
        });
    }

    /**
     * The version to change, locked through its definition's newest version (the one a draft can be): 404 when
     * the definition or version is not the tenant's, 409 {@code not-a-draft} when it is published or retired.
     */
    private static <T extends VersionedDefinition> Uni<T> draft(VersionLifecycle lifecycle, String what, UUID id,
            int version, Uni<T> newestLocked, Function<Integer, Uni<T>> findVersion) {
        return newestLocked.chain(newest -> {
            if (newest == null || version > newest.versionNumber()) {
                throw ProblemException.notFound(what + " version", id + "/" + version);
            }
            Uni<T> wanted = version == newest.versionNumber() ? Uni.createFrom().item(newest)
                    : findVersion.apply(version);
            return wanted.map(found -> {
                if (found == null) {
                    throw ProblemException.notFound(what + " version", id + "/" + version);
                }
                lifecycle.requireDraft(id, found);
                return found;
            });
        });
    }

    /** What the upload answers. */
    public record StoredImage(String url, String sha256, String mediaType, int width, int height) {
        static StoredImage of(String url, InspectedImage image) {
            return new StoredImage(url, image.sha256(), image.format().mediaType(), image.width(), image.height());
        }
    }
}
