package org.microcred.wallet.portfolio;

import io.quarkus.qute.TemplateData;
import org.microcred.wallet.page.CredentialFacts;
import org.microcred.wallet.page.PlainReport;

/**
 * One credential on a portfolio's page ({@code templates/page/portfolio.html}): what it says, its live report in
 * words, its badge image and its download; what a credential's own page shows of it, but its earner's choices are the
 * portfolio link's ({@link PortfolioPage}).
 *
 * @param number      its place on the page, from 1 (its element ids: a page holds up to 50 credentials)
 * @param imageUrl    the badge image's absolute URL ({@code BadgeImageSource})
 * @param downloadUrl the path of its JSON download under the portfolio's link
 */
@TemplateData
public record PortfolioEntry(int number, CredentialFacts facts, PlainReport report, String imageUrl,
        String downloadUrl) {

    /** The element id of its section; {@code id} + a suffix names its headings. */
    public String id() {
        return "credential-" + number;
    }

    public String name() {
        return facts.achievementName() != null ? facts.achievementName() : "Credential " + number;
    }
}
