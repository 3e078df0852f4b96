package org.microcred.wallet.page;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/** Credentials with everything the page shows, signed by a trusted test issuer whose status lists say what we want. */
final class SharePages {

    static final String EARNER = "nb-earner";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String EVIDENCE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** What a status list says of the credential. */
    enum Status { CLEAR, REVOKED, SUSPENDED }

    private SharePages() {
    }

    /** A credential in the earner's wallet: its id there and its signed text. */
    record Delivered(UUID id, String signed) {
    }

    /** A signed credential in the earner's wallet, of an issuer this deployment trusts, with the given status. */
    static Delivered delivered(String name, Status status) {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        String revocation = issuer.url("/api/v1/status-lists/tenant-a/revocation/1");
        String suspension = issuer.url("/api/v1/status-lists/tenant-a/suspension/1");
        issuer.publishStatusListAt(revocation, StatusPurpose.REVOCATION, status == Status.REVOKED ? 4 : 40);
        issuer.publishStatusListAt(suspension, StatusPurpose.SUSPENSION, status == Status.SUSPENDED ? 4 : 40);
        ObjectNode credential = rich(issuer, name);
        issuer.withStatusAt(credential, revocation, 4, StatusPurpose.REVOCATION);
        String signed = issuer.sign(credential);
        return new Delivered(WalletFixture.deliveredSigned(EARNER, signed).credentialId(), signed);
    }

    /** The test issuer's credential with an image, alignments, credits, results and evidence. */
    static ObjectNode rich(TestIssuer issuer, String name) {
        ObjectNode credential = issuer.credential(name);
        ObjectNode achievement = (ObjectNode) credential.path("credentialSubject").path("achievement");
        achievement.putObject("image").put("id", issuer.url("/images/badge.png")).put("type", "Image");
        achievement.put("creditsAvailable", 5);
        achievement.put("fieldOfStudy", "Data literacy");
        ArrayNode alignments = achievement.putArray("alignment");
        alignment(alignments.addObject(), "use spreadsheets software",
                "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be", "ESCO");
        alignment(alignments.addObject(), "Data Scientists", "https://www.onetonline.org/link/summary/15-2051.00",
                "O*NET");
        String criterion = "urn:uuid:" + UUID.randomUUID();
        String level = "urn:uuid:" + UUID.randomUUID();
        ObjectNode description = achievement.putArray("resultDescription").addObject();
        description.put("id", criterion);
        description.putArray("type").add("ResultDescription");
        description.put("name", "Analysis of the data set");
        description.put("resultType", "RubricCriterionLevel");
        description.putArray("allowedValue").add("Proficient");
        ObjectNode rubricLevel = description.putArray("rubricCriterionLevel").addObject();
        rubricLevel.put("id", level);
        rubricLevel.putArray("type").add("RubricCriterionLevel");
        rubricLevel.put("name", "Proficient");
        ObjectNode result = ((ObjectNode) credential.path("credentialSubject")).putArray("result").addObject();
        result.putArray("type").add("Result");
        result.put("resultDescription", criterion);
        result.put("achievedLevel", level);
        ObjectNode evidence = credential.putArray("evidence").addObject();
        evidence.put("id", "urn:uuid:" + UUID.randomUUID());
        evidence.putArray("type").add("Evidence");
        evidence.put("name", "private-essay.pdf");
        evidence.put("description", "sha256:" + EVIDENCE_SHA + " (application/pdf, 48213 bytes)");
        evidence.put("narrative", "Submitted in answer to: analyse the data set");
        evidence.put("genre", "Document");
        return credential;
    }

    private static void alignment(ObjectNode alignment, String name, String url, String framework) {
        alignment.putArray("type").add("Alignment");
        alignment.put("targetName", name);
        alignment.put("targetUrl", url);
        alignment.put("targetFramework", framework);
    }

    static ExtractableResponse<Response> share(UUID credentialId, Map<String, ?> body, int status) {
        return given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/wallet/credentials/" + credentialId + "/shares")
                .then().statusCode(status).extract();
    }

    /** The page as a browser asks for it. */
    static String page(String path) {
        return WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(path)
                .then().statusCode(200).contentType("text/html").extract().asString();
    }

    /** The text of the page's section with this heading id, up to its end. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return "";
        }
        return html.substring(start, html.indexOf("</section>", start));
    }
}
