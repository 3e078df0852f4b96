package org.microcred.wallet.ims.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ims.host.ImsAccess.Earner;

/**
 * The earner's {@code Profile} for the 1EdTech APIs (V13): the one a platform last put, else one made from the
 * earner's account (their name and verified email). Its {@code id} is the earner's, {@code urn:uuid:} and their
 * account's id, whatever a platform sends: a platform changes what the profile says, not whose it is.
 */
@ApplicationScoped
public class EarnerProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The Profile properties 1EdTech's schema types as plain strings; a PUT with another type there is refused. */
    private static final List<String> TEXT_FIELDS = List.of("name", "url", "phone", "description", "email",
            "official", "familyName", "givenName", "additionalName", "patronymicName", "honorificPrefix",
            "honorificSuffix", "familyNamePrefix", "dateOfBirth");

    private final ImsHostConfig config;

    public EarnerProfiles(ImsHostConfig config) {
        this.config = config;
    }

    /** The earner's profile id. */
    static String idOf(Earner earner) {
        return "urn:uuid:" + earner.earnerId();
    }

    @WithSession
    public Uni<String> read(Earner earner) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT document FROM earner_profile WHERE tenant_id = :tenant AND earner_id = :earner",
                        String.class)
                .setParameter("tenant", earner.tenantId()).setParameter("earner", earner.earnerId())
                .getResultList())
                .map(found -> found.isEmpty() ? fromAccount(earner) : found.get(0));
    }

    /** Checks the profile, keeps it (replacing the earlier one) and answers it as kept. */
    @WithTransaction
    public Uni<String> replace(Earner earner, String text) {
        String document = checked(earner, text);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO earner_profile (tenant_id, earner_id, document, updated_at)"
                                + " VALUES (:tenant, :earner, :document, :now) ON CONFLICT (tenant_id, earner_id)"
                                + " DO UPDATE SET document = EXCLUDED.document, updated_at = EXCLUDED.updated_at")
                .setParameter("tenant", earner.tenantId()).setParameter("earner", earner.earnerId())
                .setParameter("document", document)
                .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate())
                .replaceWith(document);
    }

    /**
     * 400 unless the body is a JSON object that is a Profile ({@code type} "Profile" or a list holding it), within
     * {@code max-profile-bytes}, with its string properties strings and its {@code id}, when it has one, the
     * earner's. Answered as kept: with the earner's id.
     */
    String checked(Earner earner, String text) {
        if (text.length() > config.maxProfileBytes()) {
            throw new ProblemException(400, "profile-too-large", "Profile too large",
                    "A profile may be at most " + config.maxProfileBytes() + " bytes of JSON");
        }
        JsonNode profile;
        try {
            profile = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "The profile is not valid JSON: " + e.getOriginalMessage());
        }
        if (profile == null || !profile.isObject()) {
            throw ProblemException.invalid("profile", "a Profile is a JSON object");
        }
        if (!isProfile(profile.path("type"))) {
            throw ProblemException.invalid("type", "must be \"Profile\" or a list holding it");
        }
        if (profile.has("dateOfBirth") && !isDate(profile.path("dateOfBirth").asText())) {
            throw ProblemException.invalid("dateOfBirth", "must be a date, YYYY-MM-DD");
        }
        String id = idOf(earner);
        if (profile.has("id") && !id.equals(profile.path("id").asText())) {
            throw ProblemException.invalid("id", "is the earner's own, " + id + ", and cannot be changed");
        }
        for (String field : TEXT_FIELDS) {
            if (profile.has(field) && !profile.get(field).isTextual()) {
                throw ProblemException.invalid(field, "must be a string");
            }
        }
        ObjectNode kept = (ObjectNode) profile;
        kept.put("id", id);
        if (kept.path("type").isTextual()) {
            kept.putArray("type").add("Profile"); // the data model's type is a set: answered as one
        }
        return kept.toString();
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isProfile(JsonNode type) {
        if (type.isTextual()) {
            return "Profile".equals(type.asText());
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if ("Profile".equals(each.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The profile of an earner no platform has written one for: what their account says. */
    static String fromAccount(Earner earner) {
        ObjectNode profile = JSON.createObjectNode();
        profile.put("id", idOf(earner));
        profile.putArray("type").add("Profile");
        if (earner.name() != null && !earner.name().isBlank()) {
            profile.put("name", earner.name());
        }
        if (earner.verifiedEmail() != null) {
            profile.put("email", earner.verifiedEmail());
        }
        return profile.toString();
    }
}
