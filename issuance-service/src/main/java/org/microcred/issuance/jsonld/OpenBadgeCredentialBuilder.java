package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.IssuerProfile;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} (W3C Verifiable Credentials Data Model
 * 2.0) that states an award: issuer, hashed recipient, achievement with its rubric, results per
 * criterion, evidence, and its entry in the issuer's revocation list. A pure function of its inputs
 * (the salt, the time and the status slots come in), so it is tested without a database.
 *
 * <p>The document it builds is unsigned: {@link org.microcred.issuance.service.CredentialSigner}
 * adds the Data Integrity proof as a separate step, over exactly these bytes.
 *
 * <p>{@code validUntil} only when the achievement version sets a validity period;
 * {@code activityStartDate} (enrolment) and {@code activityEndDate} (the judged submission, or for a
 * {@code progress} award the decision) only when the award carries them. Evidence: the submitted
 * files, then the links. A {@code progress} award states its score as a {@code Percent} result.
 */
public final class OpenBadgeCredentialBuilder {

    /**
     * Everything a credential states.
     *
     * @param issuedAt when it is issued; the document keeps it to the second
     * @param salt     the recipient hash's salt, fresh per credential
     * @param status   the credential's one {@code credentialStatus} entry (its revocation bit), or null for none
     */
    public record Inputs(UUID credentialId, Instant issuedAt, String salt, IssuerProfile issuer,
            CatalogueAchievement achievement, AssessmentDecided award, BitstringStatusListEntry status) {

        public Inputs {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(salt, "salt");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(achievement, "achievement");
            Objects.requireNonNull(award, "award");
        }
    }

    private OpenBadgeCredentialBuilder() {
    }

    public static ObjectNode build(Inputs in) {
        CatalogueAchievement achievement = in.achievement();
        AssessmentDecided award = in.award();
        ObjectNode credential = envelope(in.credentialId(), achievement.name, achievement.description, in.issuer(),
                in.issuedAt());
        if (achievement.validityDays != null && achievement.validityDays > 0) {
            credential.put("validUntil", validUntil(in.issuedAt(), achievement.validityDays));
        }
        credential.set("credentialSubject", subject(in));
        ArrayNode evidence = EvidenceJson.entries(award.evidence(), award.links(), achievement.evidencePrompts,
                achievement.name);
        if (!evidence.isEmpty()) {
            credential.set("evidence", evidence);
        }
        addStatus(credential, in.status());
        return credential;
    }

    /** The start every credential shares: contexts, id, types, name, description, issuer, validFrom. */
    static ObjectNode envelope(UUID credentialId, String name, String description, IssuerProfile issuer,
            Instant issuedAt) {
        ObjectNode credential = JsonLd.object();
        credential.set("@context", JsonLd.contexts());
        credential.put("id", "urn:uuid:" + credentialId);
        credential.set("type", JsonLd.types("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", name);
        credential.put("description", description);
        credential.set("issuer", IssuerJson.profile(issuer));
        credential.put("validFrom", validFrom(issuedAt));
        return credential;
    }

    /**
     * The credential's {@code credentialStatus}: ONE object, as Open Badges 3.0's schema requires (its revocation
     * entry; the suspension bit sits at the same list number and index of the suspension list, see the README).
     */
    static void addStatus(ObjectNode credential, BitstringStatusListEntry entry) {
        if (entry != null) {
            credential.set("credentialStatus", entry.toJson());
        }
    }

    /** XML Schema dateTime to the second, in UTC: {@code 2026-03-01T09:30:00Z}. */
    public static String validFrom(Instant issuedAt) {
        return issuedAt.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** validFrom plus the achievement's validity period, to the second like validFrom. */
    public static String validUntil(Instant issuedAt, int validityDays) {
        return issuedAt.truncatedTo(ChronoUnit.SECONDS).plus(validityDays, ChronoUnit.DAYS).toString();
    }

    private static ObjectNode subject(Inputs in) {
        AssessmentDecided award = in.award();
        ObjectNode subject = achievementSubject(award.earnerEmail(), award.earnerId(), in.salt());
        // OB 3.0 states these as DateTime (YYYY-MM-DDThh:mm:ssZ), to the second like validFrom. A progress
        // award has no submission: its activity ended when the LMS reported it, which decided it.
        if (award.enrolledAt() != null) {
            subject.put("activityStartDate", validFrom(award.enrolledAt()));
        }
        Instant ended = award.submittedAt() != null ? award.submittedAt()
                : AssessmentDecided.PROGRESS.equals(award.basis()) ? award.decidedAt() : null;
        if (ended != null) {
            subject.put("activityEndDate", validFrom(ended));
        }
        CatalogueAchievement achievement = in.achievement();
        subject.set("achievement", AchievementJson.achievement(achievement,
                ScoreJson.describesScore(achievement, award.score())));
        ArrayNode results = AchievementJson.results(achievement, award.scores());
        if (award.score() != null) {
            results.add(ScoreJson.result(achievement, award.score()));
        }
        if (!results.isEmpty()) {
            subject.set("result", results);
        }
        return subject;
    }

    /** The start every credential's subject shares: its type and the earner's hashed identifier. */
    static ObjectNode achievementSubject(String email, String earnerId, String salt) {
        ObjectNode subject = JsonLd.object();
        subject.set("type", JsonLd.types("AchievementSubject"));
        ArrayNode identifiers = JsonLd.array();
        identifiers.add(identity(email, earnerId, salt));
        subject.set("identifier", identifiers);
        return subject;
    }

    /**
     * The recipient, hashed: the email the earner's token carried. Without an email (a token
     * without that claim) the earner's account id stands in, as OB 3.0's {@code systemId}.
     */
    static ObjectNode identity(String email, String earnerId, String salt) {
        boolean hasEmail = email != null && !email.isBlank();
        String identity = hasEmail ? email : earnerId;
        ObjectNode identifier = JsonLd.object();
        identifier.put("type", "IdentityObject");
        identifier.put("identityHash", IdentityHash.sha256(identity, salt));
        identifier.put("identityType", hasEmail ? "emailAddress" : "systemId");
        identifier.put("hashed", true);
        identifier.put("salt", salt);
        return identifier;
    }
}
