package org.microcred.wallet.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an Open Badges 3.0 credential says, read for people: the achievement, its alignments, the issuer, its dates,
 * the results per rubric criterion and its evidence. Read leniently (a missing term is left out, never an error): the
 * page shows whatever the credential states, and the verification report says whether it can be believed.
 */
@TemplateData
public record CredentialFacts(String credentialId, String achievementName, String description, String criteria,
        String criteriaUrl, String imageId, String achievementType, String credits, String fieldOfStudy,
        String humanCode, List<AlignmentFact> alignments, String issuerName, String issuerId, String issuerUrl,
        Instant validFrom, Instant validUntil, List<ResultFact> results, List<EvidenceFact> evidence) {

    /** An alignment of the achievement to a framework's competency (ESCO, O*NET, CASE, ...). */
    @TemplateData
    public record AlignmentFact(String name, String url, String framework, String code, String description) {
    }

    /** The result reached on one rubric criterion (or a score): its name and the level or value reached. */
    @TemplateData
    public record ResultFact(String criterion, String achieved) {
    }

    /** One piece of evidence; {@code sha256} when the credential states the file's digest. */
    @TemplateData
    public record EvidenceFact(String name, String narrative, String genre, String sha256, String url) {
    }

    private static final Pattern SHA256 = Pattern.compile("sha256:([0-9a-fA-F]{64})");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The issuer as a page names it: its name, else its id, else that it does not name itself. */
    public String issuer() {
        return issuerName != null ? issuerName
                : issuerId != null ? issuerId : "an issuer that does not name itself";
    }

    /** The day it is valid from, for people ("5 December 2026", UTC); null when it does not say. */
    public String issuedOn() {
        return day(validFrom);
    }

    /** The day it is valid until, for people; null when it does not expire. */
    public String expiresOn() {
        return day(validUntil);
    }

    /** Whether it states any of the details a page lists (type, credits, field of study, code). */
    public boolean hasDetails() {
        return achievementType != null || credits != null || fieldOfStudy != null || humanCode != null;
    }

    private static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant);
    }

    public static CredentialFacts of(JsonNode credential) {
        JsonNode subject = first(credential.path("credentialSubject"));
        JsonNode achievement = subject.path("achievement");
        JsonNode issuer = credential.path("issuer");
        JsonNode criteria = achievement.path("criteria");
        return new CredentialFacts(
                text(credential.path("id")),
                firstText(achievement.path("name"), credential.path("name")),
                text(achievement.path("description")),
                text(criteria.path("narrative")),
                httpUrl(text(criteria.path("id"))),
                idOf(achievement.path("image")),
                text(achievement.path("achievementType")),
                text(achievement.path("creditsAvailable")),
                text(achievement.path("fieldOfStudy")),
                text(achievement.path("humanCode")),
                alignments(achievement.path("alignment")),
                issuer.isTextual() ? null : text(issuer.path("name")),
                issuer.isTextual() ? issuer.asText() : text(issuer.path("id")),
                httpUrl(text(issuer.path("url"))),
                instant(firstText(credential.path("validFrom"), credential.path("issuanceDate"))),
                instant(firstText(credential.path("validUntil"), credential.path("expirationDate"))),
                results(subject.path("result"), achievement.path("resultDescription")),
                evidence(credential.path("evidence")));
    }

    private static List<AlignmentFact> alignments(JsonNode alignments) {
        List<AlignmentFact> facts = new ArrayList<>();
        for (JsonNode a : each(alignments)) {
            String url = httpUrl(text(a.path("targetUrl")));
            String name = text(a.path("targetName"));
            if (name != null || url != null) {
                facts.add(new AlignmentFact(name != null ? name : url, url,
                        frameworkOf(text(a.path("targetFramework")), text(a.path("targetType")), url),
                        text(a.path("targetCode")), text(a.path("targetDescription"))));
            }
        }
        return facts;
    }

    /** The framework as stated; otherwise recognised from the target's type or address (ESCO, O*NET, CASE). */
    static String frameworkOf(String stated, String targetType, String url) {
        if (stated != null) {
            return stated;
        }
        String host = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (host.contains("esco")) {
            return "ESCO";
        }
        if (host.contains("onetcenter.org") || host.contains("onetonline.org")) {
            return "O*NET";
        }
        if (targetType != null && targetType.startsWith("CF")) {
            return "CASE";
        }
        return null;
    }

    /** Each result with its criterion's name and the level's name, looked up in the achievement's descriptions. */
    private static List<ResultFact> results(JsonNode results, JsonNode descriptions) {
        List<ResultFact> facts = new ArrayList<>();
        for (JsonNode result : each(results)) {
            JsonNode description = byId(descriptions, text(result.path("resultDescription")));
            String criterion = firstText(description.path("name"), result.path("resultDescription"));
            String achieved = text(result.path("value"));
            String level = text(result.path("achievedLevel"));
            if (level != null) {
                achieved = firstText(byId(description.path("rubricCriterionLevel"), level).path("name"),
                        result.path("achievedLevel"));
            } else if (achieved == null) {
                achieved = text(result.path("status"));
            }
            if (criterion != null || achieved != null) {
                facts.add(new ResultFact(criterion, achieved));
            }
        }
        return facts;
    }

    private static List<EvidenceFact> evidence(JsonNode evidence) {
        List<EvidenceFact> facts = new ArrayList<>();
        for (JsonNode e : each(evidence)) {
            Matcher digest = SHA256.matcher(e.path("description").asText(""));
            facts.add(new EvidenceFact(text(e.path("name")), text(e.path("narrative")), text(e.path("genre")),
                    digest.find() ? digest.group(1).toLowerCase(Locale.ROOT) : null, httpUrl(text(e.path("id")))));
        }
        return facts;
    }

    private static JsonNode byId(JsonNode nodes, String id) {
        if (id != null) {
            for (JsonNode node : each(nodes)) {
                if (id.equals(text(node.path("id")))) {
                    return node;
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** The elements of an array, or the one value when a single object stands where an array may. */
    private static List<JsonNode> each(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else if (node.isObject()) {
            nodes.add(node);
        }
        return nodes;
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String idOf(JsonNode node) {
        return node.isTextual() ? node.asText() : text(node.path("id"));
    }

    static String text(JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            return node.asText();
        }
        return node.isNumber() ? node.asText() : null;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String text = text(node);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** Only http(s) addresses become links: a {@code javascript:} or {@code data:} URL from a credential never does. */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
