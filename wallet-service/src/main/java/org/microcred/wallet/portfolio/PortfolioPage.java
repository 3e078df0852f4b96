package org.microcred.wallet.portfolio;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Everything a portfolio's page shows, ready for its template ({@code templates/page/portfolio.html}); every text is
 * escaped by the template.
 *
 * @param earnerName   the name the earner chose to show through this link; null: the page names nobody
 * @param showEvidence whether the earner chose to show the evidence's descriptions; otherwise only that it exists
 * @param pageUrl      the page's absolute URL (canonical, OpenGraph)
 * @param imageUrl     the link preview's image: the default badge's absolute URL
 */
@TemplateData
public record PortfolioPage(String title, String description, String earnerName, boolean showEvidence,
        String pageUrl, String imageUrl, List<PortfolioEntry> credentials) {

    /** The link preview's text: whose portfolio, of how many credentials, and how many of them verified. */
    public String summary() {
        long verified = credentials.stream().filter(c -> c.report().state().good()).count();
        String count = credentials.size() == 1 ? "1 credential" : credentials.size() + " credentials";
        return (earnerName != null ? earnerName + "'s portfolio of " : "A portfolio of ") + count + ", " + verified
                + " verified just now.";
    }
}
