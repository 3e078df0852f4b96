package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.issuance.IssuerProfile;

/**
 * Builds the stacked {@code OpenBadgeCredential} of a completed pathway: the same envelope, issuer,
 * hashed recipient and status entry as a micro-credential's, an {@code Achievement} that is the
 * pathway ({@code urn:uuid:<pathwayId>}, as micro-credentials are {@code urn:uuid:<achievementId>};
 * its type, name, description and criteria from the event), and one {@code Evidence} per component
 * credential ({@code urn:uuid:<credentialId>}, the id of that credential, named after its achievement),
 * so a recognizer sees what was stacked and can ask for each of those credentials.
 *
 * <p>A component the institution recognised from elsewhere (a credential of another issuer accepted as equivalent
 * to one of the pathway's micro-credentials) is an {@code Evidence} entry too, with genre
 * {@value #RECOGNISED_GENRE}: named after the external achievement, its description naming the issuer (name and
 * id), the external achievement's id and the micro-credential it stands for. Not in the achievement's
 * {@code alignment} nor {@code related}, nor a {@code result}: the pathway's {@code Achievement} is the same for every
 * earner ({@code urn:uuid:<pathwayId>}) and must not vary with one earner's history; {@code related} means another
 * edition of the same achievement, {@code alignment} a framework or standard it aligns to, and a {@code Result} a
 * score or level reached, none of which a recognised credential is. Evidence is where the stacked credential already
 * states, per earner, what counted. It has no {@code id}: the wallet's id of the external credential is internal and
 * its own id is not in the event. Pure, like {@link OpenBadgeCredentialBuilder}; unsigned.
 */
public final class PathwayCredentialBuilder {

    static final String DEFAULT_ACHIEVEMENT_TYPE = "Certificate";
    static final String RECOGNISED_GENRE = "Recognised credential";

    /** Everything a pathway credential states; {@code completed} is the checked event. */
    public record Inputs(UUID credentialId, Instant issuedAt, String salt, IssuerProfile issuer,
            PathwayCompleted completed, BitstringStatusListEntry status) {

        public Inputs {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(salt, "salt");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(completed, "completed");
        }
    }

    private PathwayCredentialBuilder() {
    }

    public static ObjectNode build(Inputs in) {
        PathwayCompleted pathway = in.completed();
        String description = description(pathway);
        ObjectNode credential = OpenBadgeCredentialBuilder.envelope(in.credentialId(), pathway.name(), description,
                in.issuer(), in.issuedAt());
        ObjectNode subject = OpenBadgeCredentialBuilder.achievementSubject(pathway.earnerEmail(), pathway.earnerId(),
                in.salt());
        if (pathway.completedAt() != null) {
            subject.put("activityEndDate", OpenBadgeCredentialBuilder.validFrom(pathway.completedAt()));
        }
        subject.set("achievement", achievement(pathway, description));
        credential.set("credentialSubject", subject);
        ArrayNode evidence = JsonLd.array();
        components(pathway).forEach(component -> evidence.add(evidence(component, pathway.name())));
        if (!evidence.isEmpty()) {
            credential.set("evidence", evidence);
        }
        OpenBadgeCredentialBuilder.addStatus(credential, in.status());
        return credential;
    }

    private static ObjectNode achievement(PathwayCompleted pathway, String description) {
        ObjectNode achievement = JsonLd.object();
        achievement.put("id", "urn:uuid:" + pathway.pathwayId());
        achievement.set("type", JsonLd.types("Achievement"));
        achievement.put("achievementType", blank(pathway.achievementType())
                ? DEFAULT_ACHIEVEMENT_TYPE : pathway.achievementType());
        achievement.put("name", pathway.name());
        achievement.put("description", description);
        ObjectNode criteria = JsonLd.object();
        criteria.put("narrative", blank(pathway.criteriaNarrative())
                ? "Earn " + componentNames(pathway) + "." : pathway.criteriaNarrative());
        achievement.set("criteria", criteria);
        if (EvidenceJson.absoluteHttpUrl(pathway.imageUrl()) != null) {
            achievement.set("image", AchievementJson.image(pathway.imageUrl(), pathway.name()));
        }
        // As for micro-credentials: the id names the pathway across versions, the version says which one.
        achievement.put("version", String.valueOf(pathway.pathwayVersion()));
        return achievement;
    }

    private static ObjectNode evidence(PathwayComponent component, String pathwayName) {
        if (component.externalCredentialId() != null) {
            return recognised(component, pathwayName);
        }
        ObjectNode evidence = JsonLd.object();
        if (component.credentialId() != null) {
            evidence.put("id", "urn:uuid:" + component.credentialId());
        }
        evidence.set("type", JsonLd.types("Evidence"));
        String name = componentName(component);
        evidence.put("name", name);
        evidence.put("description", "Credential for achievement urn:uuid:" + component.achievementId()
                + " version " + component.achievementVersion());
        evidence.put("narrative", "The credential " + name + " counts toward " + pathwayName + ".");
        evidence.put("genre", "Credential");
        return evidence;
    }

    private static ObjectNode recognised(PathwayComponent component, String pathwayName) {
        ObjectNode evidence = JsonLd.object();
        evidence.set("type", JsonLd.types("Evidence"));
        String issuer = blank(component.issuerName()) ? "another issuer" : component.issuerName();
        String external = blank(component.externalAchievementName()) ? "A credential from " + issuer
                : component.externalAchievementName();
        evidence.put("name", external);
        StringBuilder description = new StringBuilder("Credential");
        if (!blank(component.externalAchievementId())) {
            description.append(" for achievement ").append(component.externalAchievementId());
        }
        description.append(" issued by ").append(issuer);
        if (!blank(component.issuerId())) {
            description.append(" (").append(component.issuerId()).append(')');
        }
        description.append(", recognised as equivalent to achievement urn:uuid:").append(component.achievementId())
                .append(" version ").append(component.achievementVersion());
        evidence.put("description", description.toString());
        evidence.put("narrative", "The credential " + external + " from " + issuer + " is recognised as "
                + componentName(component) + ", which counts toward " + pathwayName + ".");
        evidence.put("genre", RECOGNISED_GENRE);
        return evidence;
    }

    private static String description(PathwayCompleted pathway) {
        return blank(pathway.description()) ? "Stacks " + componentNames(pathway) + "." : pathway.description();
    }

    private static String componentNames(PathwayCompleted pathway) {
        return components(pathway).stream().map(PathwayCredentialBuilder::componentName)
                .collect(Collectors.joining(", "));
    }

    private static String componentName(PathwayComponent component) {
        return blank(component.name()) ? "urn:uuid:" + component.achievementId() : component.name();
    }

    private static List<PathwayComponent> components(PathwayCompleted pathway) {
        return pathway.components() == null ? List.of()
                : pathway.components().stream().filter(Objects::nonNull).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
