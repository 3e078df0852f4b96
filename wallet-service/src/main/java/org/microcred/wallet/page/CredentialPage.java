package org.microcred.wallet.page;

import io.quarkus.qute.TemplateData;

/**
 * Everything the credential page shows, ready for its template ({@code templates/page/credential.html}); every text
 * is escaped by the template, only {@code jsonLd} is written raw, made safe by {@link JsonLdScript}.
 *
 * @param earnerName   the name the earner chose to show through this link; null: the page names nobody
 * @param showEvidence whether the earner chose to show the evidence's descriptions; otherwise only that it exists
 * @param pageUrl      the page's absolute URL (canonical, OpenGraph, LinkedIn)
 * @param imageUrl     the badge image's absolute URL ({@link BadgeImageSource})
 * @param downloadBase the share's path, to which the download names are appended
 * @param hasJwt       whether the credential has a VC-JWT form to download
 */
@TemplateData
public record CredentialPage(CredentialFacts facts, PlainReport report, String earnerName, boolean showEvidence,
        String pageUrl, String imageUrl, String downloadBase, boolean hasJwt, LinkedInLinks.Links linkedIn,
        String jsonLd) {

    public String title() {
        return facts.achievementName() != null ? facts.achievementName() : "Credential";
    }

    /** The link preview's text: what was achieved, from whom, and the verification's outcome in words. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(earnerName != null ? earnerName + " earned " : "Earned: ").append(title());
        if (facts.issuerName() != null) {
            text.append(", issued by ").append(facts.issuerName());
        }
        return text.append(". ").append(report.banner()).append('.').toString();
    }
}
