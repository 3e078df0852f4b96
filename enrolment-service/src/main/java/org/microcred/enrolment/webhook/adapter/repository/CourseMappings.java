package org.microcred.enrolment.webhook.adapter.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.enrolment.webhook.adapter.CourseMapping;
import org.microcred.enrolment.webhook.adapter.Platform;

/** Which platform course leads to which micro-credential. */
@ApplicationScoped
public class CourseMappings implements PanacheRepositoryBase<CourseMapping, CourseMapping.Key> {

    public Uni<CourseMapping> find(String tenantId, Platform platform, String courseId) {
        return findById(new CourseMapping.Key(tenantId, platform.slug(), courseId));
    }

    public Uni<List<CourseMapping>> page(String tenantId, Platform platform, int limit, int offset) {
        return find("tenantId = ?1 and platform = ?2 order by courseId", tenantId, platform.slug())
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countOf(String tenantId, Platform platform) {
        return count("tenantId = ?1 and platform = ?2", tenantId, platform.slug());
    }
}
