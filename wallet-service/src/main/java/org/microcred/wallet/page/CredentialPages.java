package org.microcred.wallet.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ShareLink;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.verification.VerificationReport;

/** Renders a shared credential's page: its facts, the earner's choices for the link, the live report. */
@ApplicationScoped
public class CredentialPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template credential;
    private final Template problem;
    private final BadgeImageSource images;
    private final PageUrls urls;

    public CredentialPages(@Location("page/credential.html") Template credential,
            @Location("page/problem.html") Template problem, BadgeImageSource images, PageUrls urls) {
        this.credential = credential;
        this.problem = problem;
        this.images = images;
        this.urls = urls;
    }

    /** The page's HTML for one opening of a share link. */
    public String render(ShareLink share, WalletCredential stored, VerificationReport report, String token) {
        return credential.data("page", page(share, stored, report, token)).render();
    }

    /** A link that does not open, for a browser: the problem's status and words as a page. */
    public Response problem(ProblemException e) {
        String title = e.status() == 410 ? "This link was withdrawn by its owner" : "No credential at this address";
        String html = problem.data("page", new ProblemPage(e.status(), title, e.getMessage())).render();
        return Response.status(e.status()).type(PublicPages.HTML).entity(html)
                .header("Cache-Control", "no-store").header("Vary", "Accept")
                .header("Content-Security-Policy", PublicPages.csp(null)).build();
    }

    /** The badge image the page of this credential shows (for its Content-Security-Policy). */
    public String imageOf(WalletCredential stored) {
        return images.imageFor(CredentialFacts.of(parse(stored.document)), urls.base());
    }

    CredentialPage page(ShareLink share, WalletCredential stored, VerificationReport report, String token) {
        CredentialFacts facts = CredentialFacts.of(parse(stored.document));
        String pageUrl = urls.share(token);
        return new CredentialPage(facts, PlainReport.of(report), share.displayName, share.showEvidence, pageUrl,
                images.imageFor(facts, urls.base()), PageUrls.SHARES + token, stored.credentialJwt != null,
                linkedIn(stored, facts, pageUrl), JsonLdScript.embed(stored.document));
    }

    /** LinkedIn's links for a credential's share page at {@code pageUrl}. */
    public static LinkedInLinks.Links linkedIn(WalletCredential stored, String pageUrl) {
        return linkedIn(stored, CredentialFacts.of(parse(stored.document)), pageUrl);
    }

    private static LinkedInLinks.Links linkedIn(WalletCredential stored, CredentialFacts facts, String pageUrl) {
        String name = facts.achievementName() != null ? facts.achievementName() : stored.achievementName;
        String issuer = facts.issuerName() != null ? facts.issuerName() : stored.issuerName;
        String credentialId = facts.credentialId() != null ? facts.credentialId() : "urn:uuid:" + stored.id;
        return LinkedInLinks.of(name, issuer, facts.validFrom() != null ? facts.validFrom() : stored.issuedAt,
                facts.validUntil(), pageUrl, credentialId);
    }

    private static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            // A stored credential is JSON (issuance made it); were it not, the page shows what it can, and the
            // report's structure check says what is wrong.
            return MissingNode.getInstance();
        }
    }
}
