package org.microcred.wallet.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.page.BadgeImageSource;
import org.microcred.wallet.page.CredentialFacts;
import org.microcred.wallet.page.PageUrls;
import org.microcred.wallet.page.PlainReport;
import org.microcred.wallet.page.ProblemPage;
import org.microcred.wallet.page.PublicPages;
import org.microcred.wallet.portfolio.PublicPortfolioService.SharedPortfolio;
import org.microcred.wallet.verification.VerificationReport;

/** Renders a shared portfolio's page: its title, the earner's choices for the link, each credential and its report. */
@ApplicationScoped
public class PortfolioPages {

    /** Where portfolio links point, under the public base URL. */
    public static final String PORTFOLIOS = "/api/v1/public/portfolios/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template portfolio;
    private final Template problem;
    private final BadgeImageSource images;
    private final PageUrls urls;

    public PortfolioPages(@Location("page/portfolio.html") Template portfolio,
            @Location("page/problem.html") Template problem, BadgeImageSource images, PageUrls urls) {
        this.portfolio = portfolio;
        this.problem = problem;
        this.images = images;
        this.urls = urls;
    }

    /** A credential with the report made at this opening. */
    public record Verified(WalletCredential credential, VerificationReport report) {
    }

    /** The link's public URL. */
    public String url(String token) {
        return urls.base() + PORTFOLIOS + token;
    }

    /** The page of one opening of the link, with a Content-Security-Policy admitting its badges' origins. */
    public Response.ResponseBuilder render(SharedPortfolio shared, List<Verified> verified, String token) {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (Verified v : verified) {
            CredentialFacts facts = CredentialFacts.of(parse(v.credential().document));
            entries.add(new PortfolioEntry(entries.size() + 1, facts, PlainReport.of(v.report()),
                    images.imageFor(facts, urls.base()),
                    PORTFOLIOS + token + "/credentials/" + v.credential().id + "/credential.json"));
        }
        PortfolioPage page = new PortfolioPage(shared.portfolio().title, shared.portfolio().description,
                shared.share().displayName, shared.share().showEvidence, url(token),
                urls.base() + BadgeImageSource.DEFAULT_PNG, entries);
        return Response.ok(portfolio.data("page", page).render(), PublicPages.HTML)
                .header("Content-Security-Policy",
                        PublicPages.cspWithImages(entries.stream().map(PortfolioEntry::imageUrl).toList()));
    }

    /** A link that does not open, for a browser: the problem's status and words as a page. */
    public Response problem(ProblemException e) {
        String title = e.status() == 410 ? "This link was withdrawn by its owner" : "No portfolio at this address";
        String html = problem.data("page", new ProblemPage(e.status(), title, e.getMessage())).render();
        return Response.status(e.status()).type(PublicPages.HTML).entity(html)
                .header("Cache-Control", "no-store").header("Vary", "Accept")
                .header("Content-Security-Policy", PublicPages.csp(null)).build();
    }

    private static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            // As on a credential's page: show what can be read; the report's structure check says what is wrong.
            return MissingNode.getInstance();
        }
    }
}
