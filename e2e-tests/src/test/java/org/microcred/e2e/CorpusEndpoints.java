package org.microcred.e2e;

import static org.microcred.e2e.CorpusEndpoint.Body.BADGE;
import static org.microcred.e2e.CorpusEndpoint.Body.JSON;
import static org.microcred.e2e.CorpusEndpoint.Body.UPLOAD;
import static org.microcred.e2e.CorpusEndpoint.Body.VC_JWT;
import static org.microcred.e2e.CorpusEndpoint.Body.WEBHOOK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The endpoints of the corpus: every public endpoint (issuer profile and keys, status lists, the
 * share page, verification, the LMS webhook) and every endpoint an earner calls (the rows of the
 * authorization matrix open to an earner), each as a valid request on objects of a {@link
 * MatrixFixture} and a few more made here (a published pathway, an enrolment to withdraw, and
 * Southport's enrolment and draft, whose ids Northbridge's earner must not reach). In an order where
 * a request that changes state (submit, withdraw, revoke a share) comes after those that need it.
 */
final class CorpusEndpoints {

    private static final String EARNER = "nb-earner";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JourneyClient client;
    private final MatrixFixture f;
    String pathway;
    String toWithdraw;
    String southportEnrolment;
    String southportDraft;
    String portfolio;
    String portfolioToken;

    CorpusEndpoints(JourneyClient client, MatrixFixture fixture) {
        this.client = client;
        this.f = fixture;
    }

    /** Makes the objects the matrix fixture lacks. */
    CorpusEndpoints build() {
        String pathways = client.endpoints().enrolment() + "/api/v1/pathways";
        pathway = client.http().post(pathways, client.token("nb-admin"), Definitions.pathway("Corpus pathway",
                Definitions.allOf(Definitions.achievement(f.achievement)))).expect(201).at("/id");
        client.publishPathway("nb-admin", pathway);
        toWithdraw = client.enrol(EARNER, client.publishAchievement("nb-admin",
                Definitions.performance("Corpus withdraw")));
        southportEnrolment = client.enrol("sp-earner", f.southportAchievement);
        southportDraft = client.openDraft("sp-earner", southportEnrolment);
        String portfolios = client.endpoints().wallet() + "/api/v1/wallet/portfolios";
        portfolio = client.http().post(portfolios, client.token(EARNER), Map.of("title", "Corpus portfolio",
                "credentialIds", List.of(f.credential))).expect(201).at("/id");
        String url = client.http().post(portfolios + "/" + portfolio + "/shares", client.token(EARNER),
                Map.of("expiresInDays", 7)).expect(201).at("/url");
        portfolioToken = url.substring(url.lastIndexOf('/') + 1);
        return this;
    }

    /** Deletes every portfolio of the corpus's earner (at most 100, so one page of 200 holds them all). */
    void deletePortfolios() {
        String portfolios = client.endpoints().wallet() + "/api/v1/wallet/portfolios";
        JsonNode list = client.http().get(portfolios + "?limit=200", client.token(EARNER)).expect(200).json();
        for (JsonNode portfolio : list) {
            client.http().delete(portfolios + "/" + portfolio.path("id").asText(), client.token(EARNER)).expect(204);
        }
    }

    List<String> otherTenantIds() {
        return List.of(f.southportAchievement, southportEnrolment, southportDraft);
    }

    /** Ids of this institution, of other kinds or of another earner (nb-earner2's enrolment and task). */
    List<String> ownIds() {
        return List.of(f.achievement, f.enrolment, f.submission, f.artifact, f.credential, f.pendingTask, f.toDecline,
                f.draft, pathway, f.shareToken, portfolio, portfolioToken);
    }

    Map<CorpusEndpoint.Body, List<CorpusFiles.Part>> validParts() {
        return Map.of(UPLOAD, List.of(new CorpusFiles.Part("promptId", null, null,
                        Definitions.FILES_PROMPT.getBytes(StandardCharsets.UTF_8)),
                        new CorpusFiles.Part("file", "plan.pdf", "application/pdf", Journeys.pdf("corpus"))),
                BADGE, List.of(new CorpusFiles.Part("file", "badge.png", "image/png", f.bakedPng)));
    }

    List<CorpusEndpoint> all() {
        List<CorpusEndpoint> all = new ArrayList<>();
        catalogue(all, client.endpoints().enrolment());
        enrolment(all, client.endpoints().enrolment());
        submission(all, client.endpoints().submission(), client.endpoints().assessment());
        issuance(all, client.endpoints().issuance());
        wallet(all, client.endpoints().wallet());
        // Last: an accepted delivery is applied later, by the service's inbox, and may write then.
        all.add(CorpusEndpoint.at("enrolment", client.endpoints().enrolment(), "POST", "/api/v1/webhooks/lms/{tenant}")
                .id("tenant", "northbridge").tables("webhook_delivery")
                .body(WEBHOOK, json(LmsWebhook.enrolmentRequested(f.draftAchievement,
                        LmsWebhook.learner(client.tokens().claims("nb-earner2"))))).build());
        return all;
    }

    private void catalogue(List<CorpusEndpoint> all, String e) {
        all.add(get("enrolment", e, "/api/v1/achievements").query("limit=20").build());
        for (String path : List.of("", "/versions", "/versions/{version}", "/commitment")) {
            all.add(get("enrolment", e, "/api/v1/achievements/{achievement}" + path).id("achievement", f.achievement)
                    .id("version", "1").build());
        }
        all.add(get("enrolment", e, "/api/v1/pathways").build());
        for (String path : List.of("", "/versions/{version}")) {
            all.add(get("enrolment", e, "/api/v1/pathways/{pathway}" + path).id("pathway", pathway).id("version", "1")
                    .build());
        }
    }

    private void enrolment(List<CorpusEndpoint> all, String e) {
        all.add(earner("enrolment", e, "POST", "/api/v1/enrolments").body(JSON, json(Map.of("achievementId",
                f.openAchievement, "acceptCommitment", true, "termsVersion", Definitions.TERMS_VERSION))).build());
        all.add(get("enrolment", e, "/api/v1/enrolments").build());
        all.add(get("enrolment", e, "/api/v1/enrolments/{enrolment}").id("enrolment", f.enrolment).build());
        all.add(get("enrolment", e, "/api/v1/dashboard").build());
        all.add(get("enrolment", e, "/api/v1/dashboard/{enrolment}").id("enrolment", f.enrolment).build());
        all.add(get("enrolment", e, "/api/v1/me/notification-preferences").build());
        all.add(earner("enrolment", e, "PUT", "/api/v1/me/notification-preferences")
                .body(JSON, json(Map.of("preferences", Map.of("inactivity-nudge", true)))).build());
        all.add(earner("enrolment", e, "POST", "/api/v1/enrolments/{enrolment}/withdraw").id("enrolment", toWithdraw)
                .body(JSON, json(Map.of("reason", "No time"))).build());
    }

    private void submission(List<CorpusEndpoint> all, String s, String a) {
        all.add(earner("submission", s, "POST", "/api/v1/submissions")
                .body(JSON, json(Map.of("enrolmentId", f.draftEnrolment))).build());
        all.add(get("submission", s, "/api/v1/submissions/draft").query("enrolmentId=" + f.draftEnrolment).build());
        all.add(earner("submission", s, "PUT", "/api/v1/submissions/{draft}/answers").id("draft", f.draft)
                .body(JSON, json(Map.of("answers", List.of(Map.of("promptId", Definitions.WRITTEN_PROMPT,
                        "text", "Edited reflection."))))).build());
        all.add(earner("submission", s, "POST", "/api/v1/submissions/{draft}/files").id("draft", f.draft)
                .body(UPLOAD, null).build());
        all.add(earner("submission", s, "DELETE", "/api/v1/submissions/{draft}/files/{artifact}").id("draft", f.draft)
                .id("artifact", f.fileToRemove).build());
        all.add(earner("submission", s, "POST", "/api/v1/submissions/{draft}/links").id("draft", f.draft)
                .body(JSON, json(Map.of("promptId", Definitions.LINKS_PROMPT, "url", "https://example.org/more",
                        "title", "More"))).build());
        all.add(earner("submission", s, "DELETE", "/api/v1/submissions/{draft}/links/{link}").id("draft", f.draft)
                .id("link", f.linkToRemove).build());
        all.add(get("submission", s, "/api/v1/submissions/{submission}").id("submission", f.submission).build());
        all.add(get("submission", s, "/api/v1/submissions/{submission}/files/{artifact}")
                .id("submission", f.submission).id("artifact", f.artifact).build());
        all.add(get("submission", s, "/api/v1/submissions").query("enrolmentId=" + f.enrolment).build());
        all.add(get("assessment", a, "/api/v1/assessments/by-submission/{submission}").id("submission", f.submission)
                .build());
        all.add(get("assessment", a, "/api/v1/assessments/feedback").query("enrolmentId=" + f.enrolment).build());
        // After the draft's other endpoints: once submitted, they answer 409.
        all.add(earner("submission", s, "POST", "/api/v1/submissions/{draft}/submit").id("draft", f.draft)
                .body(JSON, json(Map.of())).build());
    }

    private void issuance(List<CorpusEndpoint> all, String i) {
        all.add(CorpusEndpoint.at("issuance", i, "GET", "/api/v1/issuers/{tenant}").id("tenant", "northbridge")
                .build());
        all.add(CorpusEndpoint.at("issuance", i, "GET", "/api/v1/issuers/{tenant}/keys/{key}")
                .id("tenant", "northbridge").id("key", f.keyId).build());
        String[] list = URI.create(f.statusListUrl).getPath().split("/");
        all.add(CorpusEndpoint.at("issuance", i, "GET", "/api/v1/status-lists/{tenant}/{purpose}/{n}")
                .id("tenant", list[list.length - 3]).id("purpose", list[list.length - 2]).id("n", list[list.length - 1])
                .build());
    }

    private void wallet(List<CorpusEndpoint> all, String w) {
        all.add(get("wallet", w, "/api/v1/wallet/credentials").build());
        for (String path : List.of("", "/baked.png", "/baked.svg")) {
            all.add(get("wallet", w, "/api/v1/wallet/credentials/{credential}" + path).id("credential", f.credential)
                    .build());
        }
        all.add(earner("wallet", w, "POST", "/api/v1/wallet/credentials/{credential}/shares")
                .id("credential", f.credential)
                .body(JSON, json(Map.of("expiresInDays", 7))).build());
        all.add(get("wallet", w, "/api/v1/wallet/shares").build());
        all.add(earner("wallet", w, "DELETE", "/api/v1/wallet/shares/{share}").id("share", f.shareToRevoke).build());
        all.add(CorpusEndpoint.at("wallet", w, "GET", "/api/v1/public/shares/{token}").id("token", f.shareToken)
                .build());
        all.add(CorpusEndpoint.at("wallet", w, "POST", "/api/v1/verify").body(JSON, json(f.credentialDocument))
                .build());
        all.add(CorpusEndpoint.at("wallet", w, "POST", "/api/v1/verify").body(VC_JWT, TextNode.valueOf(f.credentialJwt))
                .build());
        all.add(CorpusEndpoint.at("wallet", w, "POST", "/api/v1/verify/baked").body(BADGE, null).build());
        // The "verify a file" page takes the same multipart file field.
        all.add(CorpusEndpoint.at("wallet", w, "POST", "/api/v1/public/verify").body(BADGE, null).build());
        walletActions(all, w);
    }

    /** The mobile app's wallet actions (issue 12): hiding, transcripts, portfolios and their public links. */
    private void walletActions(List<CorpusEndpoint> all, String w) {
        for (String method : List.of("PUT", "DELETE")) {
            all.add(earner("wallet", w, method, "/api/v1/wallet/credentials/{credential}/hidden")
                    .id("credential", f.credential).build());
        }
        all.add(earner("wallet", w, "POST", "/api/v1/wallet/transcripts").body(JSON, json(Map.of(
                "credentialIds", List.of(f.credential), "name", "Corpus transcript"))).build());
        all.add(get("wallet", w, "/api/v1/wallet/transcripts").build());
        all.add(earner("wallet", w, "POST", "/api/v1/wallet/portfolios").body(JSON, json(Map.of(
                "title", "Corpus portfolio, another", "credentialIds", List.of(f.credential)))).build());
        all.add(get("wallet", w, "/api/v1/wallet/portfolios").build());
        all.add(get("wallet", w, "/api/v1/wallet/portfolios/{portfolio}").id("portfolio", portfolio).build());
        all.add(earner("wallet", w, "PUT", "/api/v1/wallet/portfolios/{portfolio}").id("portfolio", portfolio)
                .body(JSON, json(Map.of("title", "Corpus portfolio, renamed", "credentialIds",
                        List.of(f.credential)))).build());
        all.add(earner("wallet", w, "POST", "/api/v1/wallet/portfolios/{portfolio}/shares").id("portfolio", portfolio)
                .body(JSON, json(Map.of("expiresInDays", 7))).build());
        all.add(get("wallet", w, "/api/v1/wallet/portfolios/{portfolio}/shares").id("portfolio", portfolio).build());
        all.add(CorpusEndpoint.at("wallet", w, "GET", "/api/v1/public/portfolios/{token}").id("token", portfolioToken)
                .build());
    }

    private static CorpusEndpoint.Builder get(String service, String base, String path) {
        return earner(service, base, "GET", path);
    }

    private static CorpusEndpoint.Builder earner(String service, String base, String method, String path) {
        return CorpusEndpoint.at(service, base, method, path).as(EARNER);
    }

    private static JsonNode json(Object value) {
        try {
            return value instanceof String text ? MAPPER.readTree(text) : MAPPER.valueToTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
