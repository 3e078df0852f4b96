package org.microcred.e2e;

import org.microcred.support.testing.KeycloakTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.microcred.e2e.Http.Reply;

/**
 * Each step of the earner journey as a user makes it over the public REST API: issuer-admin,
 * earner, assessor, and a recognizer without an account.
 */
public final class JourneyClient {

    /** How long an event may take to travel from one service to the next before a step gives up. */
    public static final Duration HOP = Duration.ofSeconds(60);
    private static final String FILE_MEDIA_TYPE = "application/pdf";

    private final Http http;
    private final Endpoints at;
    private final KeycloakTokens tokens;

    public JourneyClient(Http http, Endpoints endpoints, KeycloakTokens tokens) {
        this.http = http;
        this.at = endpoints;
        this.tokens = tokens;
    }

    public Endpoints endpoints() {
        return at;
    }

    public String token(String user) {
        return tokens.of(user);
    }

    public KeycloakTokens tokens() {
        return tokens;
    }

    public Http http() {
        return http;
    }

    /**
     * An issuer-admin defines a micro-credential with one evidence prompt (the first schema's form:
     * a written answer plus a file) and a two-criterion rubric, and publishes it (submitted, then approved by the
     * institution's release-manager).
     */
    public String publishAchievement(String admin, String name) {
        return publishAchievement(admin, standardDefinition(name));
    }

    /** The definition {@link #publishAchievement(String, String)} publishes, which {@link JourneyWalk} walks. */
    public static Map<String, Object> standardDefinition(String name) {
        return Map.of(
                "name", name,
                "description", "Plans lessons with formative checks and adjusts teaching from what they show.",
                "competencyStatement", "Uses formative assessment to adjust instruction.",
                "criteriaNarrative", "Submit a lesson plan with embedded checks and a written reflection.",
                "evidencePrompts", List.of(Map.of("id", "plan", "text", "Upload your lesson plan and explain your checks",
                        "fileRequired", true)),
                "rubric", Map.of("criteria", List.of(
                        criterion("objectives", "Measurable objectives"),
                        criterion("checks", "Checks for understanding"))));
    }

    /** Creates a micro-credential from a whole definition and publishes it; answers its id. */
    public String publishAchievement(String admin, Map<String, Object> definition) {
        String id = createAchievement(admin, definition);
        publish(admin, id);
        return id;
    }

    /** A draft micro-credential (version 1) from a whole definition; answers its id. */
    public String createAchievement(String admin, Map<String, Object> definition) {
        return http.post(at.enrolment() + "/api/v1/achievements", tokens.of(admin), definition).expect(201).at("/id");
    }

    /**
     * Publishes the micro-credential's draft through the institution's approval gate (on by default): the
     * issuer-admin submits it, the institution's release-manager ({@link #releaseManagerOf}) approves it; answers
     * the published version.
     */
    public JsonNode publish(String admin, String achievementId) {
        return publishVersion(admin, at.enrolment() + "/api/v1/achievements/" + achievementId);
    }

    /** As {@link #publish(String, String)}, for a pathway's draft. */
    public JsonNode publishPathway(String admin, String pathwayId) {
        return publishVersion(admin, at.enrolment() + "/api/v1/pathways/" + pathwayId);
    }

    /**
     * Submits the newest version at {@code url} as the issuer-admin and approves it as the release-manager, naming the
     * submission approved ({@code submittedAt}), as a reviewer's client does: one submitted again meanwhile is 409.
     */
    private JsonNode publishVersion(String admin, String url) {
        String submittedAt = http.post(url + "/submit", tokens.of(admin), Map.of()).expect(200).at("/submittedAt");
        return http.post(url + "/approve", tokens.of(releaseManagerOf(admin)), Map.of("submittedAt", submittedAt))
                .expect(200).json();
    }

    /**
     * The demo release-manager of an issuer-admin's institution: {@code nb-admin} -> {@code nb-release},
     * {@code sp-admin} -> {@code sp-release} (deploy/keycloak/demo-overlay.json).
     */
    public static String releaseManagerOf(String admin) {
        return admin.substring(0, admin.indexOf('-')) + "-release";
    }

    private static Map<String, Object> criterion(String id, String name) {
        return Map.of("id", id, "name", name, "requiredLevelId", "proficient", "levels", List.of(
                Map.of("id", "emerging", "name", "Emerging"),
                Map.of("id", "proficient", "name", "Proficient"),
                Map.of("id", "exemplary", "name", "Exemplary")));
    }

    /** The terms the earner accepts by enrolling: effort, dates, obligations, cost and their version. */
    public JsonNode commitment(String earner, String achievementId) {
        return http.get(at.enrolment() + "/api/v1/achievements/" + achievementId + "/commitment", tokens.of(earner))
                .expect(200).json();
    }

    /** Reads the commitment and enrols accepting exactly that terms version; answers the enrolment. */
    public JsonNode enrolAccepting(String earner, String achievementId) {
        String termsVersion = commitment(earner, achievementId).path("termsVersion").asText();
        return http.post(at.enrolment() + "/api/v1/enrolments", tokens.of(earner), Map.of(
                        "achievementId", achievementId, "acceptCommitment", true, "termsVersion", termsVersion))
                .expect(201, 200).json();
    }

    public String enrol(String earner, String achievementId) {
        return enrolAccepting(earner, achievementId).path("id").asText();
    }

    /** Opens a draft attempt; waits until the enrolment event has reached submission-service. */
    public String openDraft(String earner, String enrolmentId) {
        return Poll.until("enrolment " + enrolmentId + " in submission-service", HOP, () -> {
            Reply reply = http.post(at.submission() + "/api/v1/submissions", tokens.of(earner),
                    Map.of("enrolmentId", enrolmentId));
            return reply.status() == 404 ? Optional.empty() : Optional.of(reply.expect(201, 200).at("/id"));
        });
    }

    /** Answers the prompt, uploads the lesson plan, and submits; answers the receipt. */
    public JsonNode submitEvidence(String earner, String submissionId, String answer, byte[] file) {
        String token = tokens.of(earner);
        http.put(at.submission() + "/api/v1/submissions/" + submissionId + "/answers", token,
                Map.of("answers", List.of(Map.of("promptId", "plan", "text", answer)))).expect(200, 204);
        http.upload(at.submission() + "/api/v1/submissions/" + submissionId + "/files", token, "lesson-plan.pdf",
                FILE_MEDIA_TYPE, file, "promptId", "plan").expect(201);
        return http.post(at.submission() + "/api/v1/submissions/" + submissionId + "/submit", token, Map.of())
                .expect(200).json();
    }

    /**
     * Finds the unclaimed assessment task of a submission in the assessor's queue of the micro-credential;
     * waits for the submission event to reach assessment-service.
     */
    public String awaitAssessmentTask(String assessor, String achievementId, String submissionId) {
        return Poll.until("submission " + submissionId + " in the assessment queue", HOP, () -> {
            JsonNode queue = http.get(at.assessment() + "/api/v1/assessments?status=PENDING&achievementId="
                    + achievementId + "&submissionId=" + submissionId + "&limit=100", tokens.of(assessor))
                    .expect(200).json();
            return items(queue)
                    .filter(task -> submissionId.equals(task.path("submissionId").asText()))
                    .map(task -> task.path("id").asText())
                    .findFirst();
        });
    }

    /** The assessor takes the task, so that nobody else judges it meanwhile. */
    public JsonNode claim(String assessor, String assessmentId) {
        return http.post(at.assessment() + "/api/v1/assessments/" + assessmentId + "/claim", tokens.of(assessor),
                Map.of()).expect(200).json();
    }

    /** The assessor scores both criteria at {@code level} with feedback; answers the decision. */
    public String decide(String assessor, String assessmentId, String level, String feedback) {
        Map<String, Object> decision = Map.of(
                "scores", List.of(
                        Map.of("criterionId", "objectives", "levelId", level, "feedback", "Objectives: " + feedback),
                        Map.of("criterionId", "checks", "levelId", level, "feedback", "Checks: " + feedback)),
                "feedback", feedback);
        return Poll.until("the rubric in assessment-service", HOP, () -> {
            Reply reply = http.post(at.assessment() + "/api/v1/assessments/" + assessmentId + "/decision",
                    tokens.of(assessor), decision);
            if (reply.status() == 409 && reply.text().contains("rubric-not-yet-known")) {
                return Optional.empty();
            }
            return Optional.of(reply.expect(200, 201).at("/decision"));
        });
    }

    /** Waits until the credential of the enrolment is in the earner's wallet; answers its wallet entry. */
    public JsonNode awaitCredentialInWallet(String earner, String enrolmentId) {
        return Poll.until("a credential for enrolment " + enrolmentId + " in the wallet", HOP,
                () -> walletEntries(earner, enrolmentId).stream().findFirst());
    }

    public List<JsonNode> walletEntries(String earner, String enrolmentId) {
        return wallet(earner).filter(entry -> enrolmentId.equals(entry.path("enrolmentId").asText())).toList();
    }

    /** The earner's newest credentials (the newest first, so a credential just issued is among them). */
    public Stream<JsonNode> wallet(String earner) {
        JsonNode list = http.get(at.wallet() + "/api/v1/wallet/credentials?limit=100", tokens.of(earner)).expect(200).json();
        return items(list);
    }

    public JsonNode credential(String earner, String credentialId) {
        return http.get(at.wallet() + "/api/v1/wallet/credentials/" + credentialId, tokens.of(earner)).expect(200).json();
    }

    /** The credential document exactly as the wallet stored it. */
    public String credentialText(String earner, String credentialId) {
        return http.get(at.wallet() + "/api/v1/wallet/credentials/" + credentialId, tokens.of(earner)).expect(200).text();
    }

    /** Creates a share link; answers its public URL. */
    public String share(String earner, String credentialId) {
        return http.post(at.wallet() + "/api/v1/wallet/credentials/" + credentialId + "/shares", tokens.of(earner),
                Map.of("expiresInDays", 30)).expect(201).at("/url");
    }

    /** A recognizer asks the wallet's public verifier about a credential (no account). */
    public Reply verify(String credentialJson) {
        return http.postJson(at.wallet() + "/api/v1/verify", null, credentialJson);
    }

    /** An issuer-admin revokes, suspends or reinstates a credential. */
    public Reply changeStatus(String admin, String credentialId, String action, String reason) {
        return http.post(at.issuance() + "/api/v1/credentials/" + credentialId + "/" + action, tokens.of(admin),
                Map.of("reason", reason));
    }

    /** What a recognizer sees, with no account. */
    public Reply openShared(String url) {
        return http.get(url, null);
    }

    public JsonNode dashboard(String earner, String enrolmentId) {
        return http.get(at.enrolment() + "/api/v1/dashboard/" + enrolmentId, tokens.of(earner)).expect(200).json();
    }

    /** Waits until the dashboard shows the stage (or one of the stages: a later one may overtake it). */
    public JsonNode awaitStage(String earner, String enrolmentId, String... stages) {
        List<String> wanted = List.of(stages);
        JsonNode[] last = new JsonNode[1];
        try {
            return Poll.until("stage " + wanted + " on the dashboard", HOP, () -> {
                last[0] = dashboard(earner, enrolmentId);
                return wanted.contains(last[0].path("stage").asText()) ? Optional.of(last[0]) : Optional.empty();
            });
        } catch (IllegalStateException timedOut) {
            // What the dashboard still showed tells which event never arrived.
            throw new IllegalStateException(timedOut.getMessage() + "; it last showed " + last[0], timedOut);
        }
    }

    public static byte[] lessonPlanPdf(String title) {
        // A minimal but well-formed PDF: content detection checks the bytes, not the name.
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + title + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.UTF_8);
    }

    /** The entries of a list answer: its {@code items} when it is a page, else the array itself. */
    public static Stream<JsonNode> items(JsonNode list) {
        JsonNode array = list.has("items") ? list.get("items") : list;
        return StreamSupport.stream(array.spliterator(), false);
    }
}
