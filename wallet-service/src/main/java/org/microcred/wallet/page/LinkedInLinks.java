package org.microcred.wallet.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * LinkedIn's two public links for a shared credential: "Add to profile" (its add-to-profile form for a
 * certification, filled in: name, issuing organisation, issue and expiry month and year, credential id, and the share
 * page as the credential URL) and "Share" (a post of the page's URL). Nothing is sent to LinkedIn by this service:
 * these are links the earner follows while signed in there.
 */
public final class LinkedInLinks {

    static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";
    static final String SHARE = "https://www.linkedin.com/sharing/share-offsite/";

    /** Both links for one share page. */
    @io.quarkus.qute.TemplateData
    public record Links(String addToProfile, String share) {
    }

    private LinkedInLinks() {
    }

    /**
     * @param issuedAt  when the credential was issued (its month and year, in UTC); null leaves them out
     * @param expiresAt when it stops being valid; null for a credential that does not expire (no expiry parameters)
     */
    public static Links of(String name, String organization, Instant issuedAt, Instant expiresAt, String pageUrl,
            String credentialId) {
        return new Links(addToProfile(name, organization, issuedAt, expiresAt, pageUrl, credentialId), share(pageUrl));
    }

    public static String addToProfile(String name, String organization, Instant issuedAt, Instant expiresAt,
            String pageUrl, String credentialId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("startTask", "CERTIFICATION_NAME");
        query.put("name", name);
        query.put("organizationName", organization);
        if (issuedAt != null) {
            ZonedDateTime issued = issuedAt.atZone(ZoneOffset.UTC);
            query.put("issueYear", Integer.toString(issued.getYear()));
            // LinkedIn counts months from 1 (January), as java.time does.
            query.put("issueMonth", Integer.toString(issued.getMonthValue()));
        }
        if (expiresAt != null) {
            ZonedDateTime expires = expiresAt.atZone(ZoneOffset.UTC);
            query.put("expirationYear", Integer.toString(expires.getYear()));
            query.put("expirationMonth", Integer.toString(expires.getMonthValue()));
        }
        query.put("certUrl", pageUrl);
        query.put("certId", credentialId);
        return ADD_TO_PROFILE + "?" + encode(query);
    }

    public static String share(String pageUrl) {
        return SHARE + "?" + encode(Map.of("url", pageUrl));
    }

    /** Every value percent-encoded as a query value (a space as %20); absent values are left out. */
    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + component(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
