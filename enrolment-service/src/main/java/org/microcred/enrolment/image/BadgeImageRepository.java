package org.microcred.enrolment.image;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.support.persistence.AdvisoryLocks;

/** Badge images by their SHA-256; not scoped by tenant: they are public, and the same bytes are stored once. */
@ApplicationScoped
public class BadgeImageRepository implements PanacheRepositoryBase<BadgeImage, String> {

    private final AdvisoryLocks locks;

    public BadgeImageRepository(AdvisoryLocks locks) {
        this.locks = locks;
    }

    /**
     * Stores the image unless it is there already (then nothing changes: the same hash, the same bytes). Two
     * transactions storing the same image take turns on its advisory lock, so the second finds the first's row
     * instead of failing on the primary key.
     */
    public Uni<Void> store(InspectedImage image, String pngRendition) {
        return locks.lock("badge-image", image.sha256())
                .chain(() -> findById(image.sha256()))
                .chain(found -> {
                    if (found != null) {
                        return Uni.createFrom().voidItem();
                    }
                    BadgeImage row = new BadgeImage();
                    row.sha256 = image.sha256();
                    row.mediaType = image.format().mediaType();
                    row.content = image.content();
                    row.width = image.width();
                    row.height = image.height();
                    row.pngRendition = pngRendition;
                    row.createdAt = Instant.now();
                    return persist(row).replaceWithVoid();
                });
    }
}
