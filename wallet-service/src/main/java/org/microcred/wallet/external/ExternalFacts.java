package org.microcred.wallet.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What an external credential says, read from its JSON once it verified: its id, issuer, achievement, validity, and
 * whether its subject is the earner. Pure, so the rules are tested without a server.
 *
 * @param subjectMatches {@code true} / {@code false} when the subject is named by an email (an {@code IdentityObject}
 *                       of type {@code emailAddress}, hashed or not, or a {@code mailto:} id) and it is / is not the
 *                       earner's verified email; {@code unknown} when it is named otherwise, or the earner has no
 *                       verified email
 */
public record ExternalFacts(String credentialId, String issuerId, String issuerName, String achievementId,
        String achievementName, String achievementType, Instant validFrom, Instant validUntil,
        String subjectMatches) {

    public static final String TRUE = "true";
    public static final String FALSE = "false";
    public static final String UNKNOWN = "unknown";

    /** Open Badges 3.0 credentials: an OpenBadgeCredential (or its former name, AchievementCredential). */
    public static boolean isOpenBadge(JsonNode credential) {
        return hasType(credential.path("type"), "OpenBadgeCredential")
                || hasType(credential.path("type"), "AchievementCredential");
    }

    public static ExternalFacts of(JsonNode credential, String verifiedEmail) {
        JsonNode issuer = credential.path("issuer");
        String issuerId = issuer.isTextual() ? issuer.asText() : text(issuer.path("id"));
        JsonNode subject = first(credential.path("credentialSubject"));
        JsonNode achievement = subject.path("achievement");
        return new ExternalFacts(text(credential.path("id")), issuerId, text(issuer.path("name")),
                text(achievement.path("id")), text(achievement.path("name")),
                text(achievement.path("achievementType")), instant(credential, "validFrom"),
                instant(credential, "validUntil"), subjectMatches(subject, verifiedEmail));
    }

    static String subjectMatches(JsonNode subject, String verifiedEmail) {
        List<String> verdicts = new ArrayList<>();
        for (JsonNode identity : each(subject.path("identifier"))) {
            if ("emailAddress".equals(text(identity.path("identityType")))
                    && identity.path("identityHash").isTextual()) {
                verdicts.add(verifiedEmail == null ? UNKNOWN : emailMatches(identity, verifiedEmail));
            }
        }
        String id = text(subject.path("id"));
        if (id != null && id.regionMatches(true, 0, "mailto:", 0, 7)) {
            verdicts.add(verifiedEmail == null ? UNKNOWN
                    : Boolean.toString(id.substring(7).equalsIgnoreCase(verifiedEmail.strip())));
        }
        if (verdicts.contains(TRUE)) {
            return TRUE;
        }
        return verdicts.contains(FALSE) ? FALSE : UNKNOWN;
    }

    /** An email identity: {@code sha256$<hex>} of the email with the salt appended (as issued here), or the email. */
    private static String emailMatches(JsonNode identity, String email) {
        String hash = identity.path("identityHash").asText();
        boolean hashed = identity.path("hashed").asBoolean(false);
        List<String> spellings = List.of(email.strip(), email.strip().toLowerCase(Locale.ROOT));
        if (!hashed) {
            return Boolean.toString(spellings.stream().anyMatch(hash::equalsIgnoreCase));
        }
        String lower = hash.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sha256$")) {
            return UNKNOWN; // another algorithm (md5$...) is not one to trust for a match
        }
        String salt = identity.path("salt").asText("");
        return Boolean.toString(spellings.stream().anyMatch(s -> lower.equals("sha256$" + sha256Hex(s + salt))));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node.path(field));
        if (value == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value);
            return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(parsed)
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null; // the verifier's validity-window check has refused a date it cannot read
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static List<JsonNode> each(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else if (node.isObject()) {
            values.add(node);
        }
        return values;
    }

    private static boolean hasType(JsonNode type, String wanted) {
        if (type.isTextual()) {
            return wanted.equals(type.asText());
        }
        for (JsonNode each : type) {
            if (wanted.equals(each.asText())) {
                return true;
            }
        }
        return false;
    }
}
