package org.microcred.enrolment.webhook.adapter.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.enrolment.webhook.adapter.AdapterConfig;
import org.microcred.enrolment.webhook.adapter.CourseMapping;
import org.microcred.enrolment.webhook.adapter.LmsIntegration;
import org.microcred.enrolment.webhook.adapter.Platform;
import org.microcred.enrolment.webhook.adapter.SecretSeal;
import org.microcred.enrolment.webhook.adapter.canvas.JwksUrlGuard;
import org.microcred.enrolment.webhook.adapter.repository.CourseMappings;
import org.microcred.enrolment.webhook.adapter.repository.LmsIntegrations;
import org.microcred.enrolment.webhook.adapter.rest.IntegrationViews.CourseMappingRequest;
import org.microcred.enrolment.webhook.adapter.rest.IntegrationViews.IntegrationRequest;
import org.microcred.enrolment.webhook.repository.WebhookDeliveries;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/** An institution's platform integrations and course mappings, and the deliveries each platform sent. */
@ApplicationScoped
public class IntegrationService {

    private final LmsIntegrations integrations;
    private final CourseMappings mappings;
    private final AchievementRepository achievements;
    private final WebhookDeliveries deliveries;
    private final SecretSeal seal;
    private final JwksUrlGuard jwksGuard;
    private final AdapterConfig config;
    private final AuditTrail audit;
    private final AuditActors actors;

    public IntegrationService(LmsIntegrations integrations, CourseMappings mappings, AchievementRepository achievements,
            WebhookDeliveries deliveries, SecretSeal seal, JwksUrlGuard jwksGuard, AdapterConfig config,
            AuditTrail audit, AuditActors actors) {
        this.audit = audit;
        this.actors = actors;
        this.integrations = integrations;
        this.mappings = mappings;
        this.achievements = achievements;
        this.deliveries = deliveries;
        this.seal = seal;
        this.jwksGuard = jwksGuard;
        this.config = config;
    }

    /** Creates or replaces the tenant's integration with the platform; a secret left out is kept. */
    @WithTransaction
    public Uni<LmsIntegration> put(String tenantId, Platform platform, IntegrationRequest request) {
        return integrations.find(tenantId, platform).chain(existing -> {
            check(platform, request, existing);
            // The JWKS URL is fetched by this service: the outbound rules (https, public addresses) apply.
            return platform.usesSharedSecret() ? Uni.createFrom().item(existing)
                    : jwksGuard.checkConfigured(request.jwksUrl()).replaceWith(existing);
        }).chain(existing -> {
            Instant now = Instant.now();
            LmsIntegration row = existing != null ? existing : new LmsIntegration();
            boolean created = existing == null;
            ObjectNode before = created ? null : state(existing);
            if (created) {
                row.tenantId = tenantId;
                row.platform = platform.slug();
                row.createdAt = now;
            }
            row.enabled = request.enabled();
            row.jwksUrl = platform.usesSharedSecret() ? null : request.jwksUrl();
            row.issuer = platform.usesSharedSecret() ? null : blankToNull(request.issuer());
            if (request.secret() != null) {
                SecretSeal.Sealed sealed = seal.seal(request.secret(), tenantId, platform);
                row.secretSealed = sealed.ciphertext();
                row.secretNonce = sealed.nonce();
            }
            row.updatedAt = now;
            // The shared secret is never recorded: only that it was set or replaced.
            ObjectNode after = state(row).put("secret", request.secret() != null ? "rotated" : "unchanged");
            return (created ? integrations.persist(row) : Uni.createFrom().item(row))
                    .call(saved -> audited(created ? "lms.integration.created" : "lms.integration.changed", tenantId,
                            "lms-integration", platform.slug(), before, after));
        });
    }

    /** What an audit record states of an integration (no secret, only whether one is set). */
    private static ObjectNode state(LmsIntegration row) {
        return AuditState.of("platform", row.platform, "enabled", row.enabled, "jwksUrl", row.jwksUrl, "issuer",
                row.issuer, "secretSet", row.secretSealed != null);
    }

    private static ObjectNode state(CourseMapping row) {
        return AuditState.of("achievementId", row.achievementId, "completion", row.completion, "activityId",
                row.activityId, "minGrade", row.minGrade, "gradeItem", row.gradeItem);
    }

    private Uni<?> audited(String action, String tenantId, String objectType, String objectId, ObjectNode before,
            ObjectNode after) {
        return audit.record(actors.caller(), tenantId, action, objectType, objectId, before, after);
    }

    private void check(Platform platform, IntegrationRequest request, LmsIntegration existing) {
        List<FieldError> errors = new ArrayList<>();
        if (platform.usesSharedSecret()) {
            if (request.jwksUrl() != null || request.issuer() != null) {
                errors.add(new FieldError("jwksUrl", "only for canvas: " + platform.slug() + " uses a shared secret"));
            }
            if (request.secret() == null && (existing == null || existing.secretSealed == null)) {
                errors.add(new FieldError("secret", "is required for " + platform.slug()));
            }
        } else {
            if (request.secret() != null) {
                errors.add(new FieldError("secret", "only for moodle and openedx: canvas signs with its JWKS"));
            }
            if (request.jwksUrl() == null) {
                errors.add(new FieldError("jwksUrl", "is required for canvas"));
            } else if (!validJwksUrl(request.jwksUrl())) {
                errors.add(new FieldError("jwksUrl", "must be an https URL"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The integration has invalid fields", errors);
        }
    }

    private boolean validJwksUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("https".equals(scheme) || config.allowHttpJwks() && "http".equals(scheme));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @WithSession
    public Uni<LmsIntegration> get(String tenantId, Platform platform) {
        return integrations.find(tenantId, platform)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Integration", platform.slug()));
    }

    @WithSession
    public Uni<List<LmsIntegration>> list(String tenantId) {
        return integrations.ofTenant(tenantId);
    }

    /** Removes the integration and its course mappings; its deliveries stay in the inbox until their retention. */
    @WithTransaction
    public Uni<Void> delete(String tenantId, Platform platform) {
        return integrations.find(tenantId, platform)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Integration", platform.slug()))
                .call(row -> audited("lms.integration.deleted", tenantId, "lms-integration", platform.slug(),
                        state(row), null))
                .chain(integrations::delete);
    }

    /** Creates or replaces a course's mapping; the micro-credential must be the tenant's (any version, any status). */
    @WithTransaction
    public Uni<CourseMapping> putMapping(String tenantId, Platform platform, String courseId,
            CourseMappingRequest request) {
        if (CourseMapping.ACTIVITY.equals(request.completion()) && request.activityId() == null) {
            throw ProblemException.invalid("activityId", "is required when completion is activity");
        }
        // The integration row is locked: two mappings created at once cannot both pass the limit.
        return integrations.findById(new LmsIntegration.Key(tenantId, platform.slug()), LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Integration", platform.slug()))
                .chain(() -> achievements.newest(tenantId, request.achievementId(), LockModeType.NONE))
                .invoke(achievement -> {
                    if (achievement == null) {
                        throw new ProblemException(422, "unknown-reference", "Unknown reference",
                                "Micro-credential " + request.achievementId() + " is not one of this institution's");
                    }
                })
                .chain(() -> mappings.find(tenantId, platform, courseId))
                .chain(existing -> {
                    ObjectNode before = existing == null ? null : state(existing);
                    return (existing != null ? Uni.createFrom().item(fill(existing, request)) : newMapping(tenantId,
                            platform, courseId, request))
                            .call(row -> audited(before == null ? "lms.course-mapping.created"
                                    : "lms.course-mapping.changed", tenantId, "lms-course-mapping",
                                    platform.slug() + ":" + courseId, before, state(row)));
                });
    }

    private Uni<CourseMapping> newMapping(String tenantId, Platform platform, String courseId,
            CourseMappingRequest request) {
        return mappings.countOf(tenantId, platform).chain(count -> {
            if (count >= config.maxCourseMappings()) {
                throw new ProblemException(422, "too-many-course-mappings", "Too many course mappings",
                        "An integration maps at most " + config.maxCourseMappings() + " courses");
            }
            CourseMapping row = new CourseMapping();
            row.tenantId = tenantId;
            row.platform = platform.slug();
            row.courseId = courseId;
            return mappings.persist(fill(row, request));
        });
    }

    private static CourseMapping fill(CourseMapping row, CourseMappingRequest request) {
        row.achievementId = request.achievementId();
        row.completion = request.completion();
        row.activityId = request.activityId();
        row.minGrade = request.minGrade();
        row.gradeItem = request.gradeItem();
        row.updatedAt = Instant.now();
        return row;
    }

    @WithSession
    public Uni<Page<CourseMapping>> mappings(String tenantId, Platform platform, int limit, int offset) {
        return get(tenantId, platform)
                .chain(() -> mappings.page(tenantId, platform, limit, offset))
                .chain(items -> mappings.countOf(tenantId, platform)
                        .map(total -> new Page<>(items, total, limit, offset)));
    }

    @WithTransaction
    public Uni<Void> deleteMapping(String tenantId, Platform platform, String courseId) {
        return mappings.find(tenantId, platform, courseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Course mapping", courseId))
                .call(row -> audited("lms.course-mapping.deleted", tenantId, "lms-course-mapping",
                        platform.slug() + ":" + courseId, state(row), null))
                .chain(mappings::delete);
    }

    /** The platform's deliveries in the inbox, newest first, optionally of one status (IGNORED: and why). */
    @WithSession
    public Uni<List<WebhookDelivery>> deliveries(String tenantId, Platform platform, WebhookDelivery.Status status,
            int limit, int offset) {
        return deliveries.listByPrefix(tenantId, platform.slug() + ":", status, limit, offset);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
