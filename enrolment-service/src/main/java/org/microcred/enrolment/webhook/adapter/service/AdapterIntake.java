package org.microcred.enrolment.webhook.adapter.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.webhook.LmsMessage;
import org.microcred.enrolment.webhook.LmsMessageParser;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.enrolment.webhook.adapter.CourseMapping;
import org.microcred.enrolment.webhook.adapter.EventJson;
import org.microcred.enrolment.webhook.adapter.LmsIntegration;
import org.microcred.enrolment.webhook.adapter.Platform;
import org.microcred.enrolment.webhook.adapter.PlatformEvent;
import org.microcred.enrolment.webhook.adapter.SecretSeal;
import org.microcred.enrolment.webhook.adapter.SharedSecretSignature;
import org.microcred.enrolment.webhook.adapter.Translator;
import org.microcred.enrolment.webhook.adapter.canvas.CanvasEvents;
import org.microcred.enrolment.webhook.adapter.canvas.CanvasJwtVerifier;
import org.microcred.enrolment.webhook.adapter.moodle.MoodleEvents;
import org.microcred.enrolment.webhook.adapter.openedx.OpenEdxEvents;
import org.microcred.enrolment.webhook.adapter.repository.CourseMappings;
import org.microcred.enrolment.webhook.adapter.repository.LmsIntegrations;
import org.microcred.enrolment.webhook.service.WebhookInbox;
import org.microcred.support.problem.ProblemException;

/**
 * A platform's delivery, from its bytes to the inbox: verified as the platform signs (Canvas: a JWT under its JWKS;
 * Moodle and Open edX: an HMAC under the shared secret), read ({@link CanvasEvents}, {@link MoodleEvents},
 * {@link OpenEdxEvents}), translated by the course's mapping ({@link Translator}) and stored as the inbox's own
 * message under {@code <platform>:<event id>}, so the platform's retries have one effect; the inbox applies it as any
 * other delivery. An event that maps to nothing is kept IGNORED with its reason.
 */
@ApplicationScoped
public class AdapterIntake {

    private final LmsIntegrations integrations;
    private final CourseMappings mappings;
    private final CanvasJwtVerifier canvas;
    private final SecretSeal seal;
    private final LmsMessageParser parser;
    private final WebhookInbox inbox;
    private final ObjectMapper mapper;
    private final LmsConfig lms;

    public AdapterIntake(LmsIntegrations integrations, CourseMappings mappings, CanvasJwtVerifier canvas,
            SecretSeal seal, LmsMessageParser parser, WebhookInbox inbox, ObjectMapper mapper, LmsConfig lms) {
        this.integrations = integrations;
        this.mappings = mappings;
        this.canvas = canvas;
        this.seal = seal;
        this.parser = parser;
        this.inbox = inbox;
        this.mapper = mapper;
        this.lms = lms;
    }

    /** The signature headers of Moodle and Open edX (Canvas signs inside the body). */
    public record Signature(String timestamp, String value) {
    }

    public Uni<WebhookDelivery> receive(String tenantId, Platform platform, Signature signature, byte[] body) {
        return Panache.withSession(() -> integrations.find(tenantId, platform))
                .chain(integration -> verify(integration, tenantId, platform, signature, body))
                .chain(event -> intake(tenantId, platform, event));
    }

    /** The verified event as JSON; an unknown or disabled integration fails as a bad signature does (401). */
    private Uni<JsonNode> verify(LmsIntegration integration, String tenantId, Platform platform, Signature signature,
            byte[] body) {
        if (integration == null || !integration.enabled) {
            throw SharedSecretSignature.unauthenticated("No enabled " + platform.slug() + " integration here");
        }
        if (platform == Platform.CANVAS) {
            return canvas.verify(body, integration);
        }
        String secret = seal.open(new SecretSeal.Sealed(integration.secretSealed, integration.secretNonce), tenantId,
                platform);
        SharedSecretSignature.verify(secret, signature.timestamp(), signature.value(), body, Instant.now(),
                lms.webhookTolerance());
        try {
            JsonNode json = mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw EventJson.malformed("The body must be a JSON object");
            }
            return Uni.createFrom().item(json);
        } catch (IOException e) {
            throw EventJson.malformed("The body is not valid JSON");
        }
    }

    private Uni<WebhookDelivery> intake(String tenantId, Platform platform, JsonNode json) {
        PlatformEvent event = switch (platform) {
            case CANVAS -> CanvasEvents.read(json);
            case MOODLE -> MoodleEvents.read(json);
            case OPENEDX -> OpenEdxEvents.read(json);
        };
        String webhookId = Translator.webhookId(platform, event.eventId());
        Uni<CourseMapping> mapping = event.courseId() == null || event.kind() == PlatformEvent.Kind.OTHER
                ? Uni.createFrom().nullItem()
                : Panache.withSession(() -> mappings.find(tenantId, platform, event.courseId()));
        return mapping.chain(found -> {
            Translator.Translation translation = Translator.translate(platform, event, found);
            if (translation.ignored()) {
                return ignore(tenantId, webhookId, event, json, translation.ignoredWhy());
            }
            byte[] canonical = write(translation.body());
            LmsMessage message;
            try {
                message = parser.parse(canonical);
            } catch (ProblemException e) {
                return ignore(tenantId, webhookId, event, json, "the event does not make a valid " + translation.type()
                        + ": " + describe(e));
            }
            return inbox.receiveTranslated(tenantId, webhookId, canonical, message);
        });
    }

    private Uni<WebhookDelivery> ignore(String tenantId, String webhookId, PlatformEvent event, JsonNode json,
            String why) {
        String type = event.eventType().length() <= 200 ? event.eventType() : event.eventType().substring(0, 200);
        return inbox.ignore(tenantId, webhookId, type, write(json), new String(write(Map.of("ignored", why)),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String describe(ProblemException e) {
        var problem = e.toProblem(null);
        String fields = problem.errors() == null ? "" : problem.errors().stream()
                .map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ", " (", ")"));
        return problem.detail() + fields;
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A message of maps and strings is always JSON", e);
        }
    }
}
