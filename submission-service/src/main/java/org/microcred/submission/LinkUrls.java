package org.microcred.submission;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs are acceptable as link evidence: absolute http or https URLs with a host, at most
 * 2000 characters and 2000 bytes in UTF-8, without spaces or control characters, and without credentials in them (a
 * user:password part would be shown to every assessor). Other schemes ({@code javascript:},
 * {@code data:}, {@code file:}...) could run or reveal something in a reader's browser.
 */
public final class LinkUrls {

    public static final int MAX_LENGTH = 2000;

    private LinkUrls() {
    }

    /** Why the URL is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("a URL is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        // Bytes too: the URL travels in the submission, assessment and credential events, and a credential.issued
        // event carries it three times over; 2000 characters of a three-byte script would be 6000 bytes each.
        if (url.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " bytes in UTF-8 (percent-encode the rest)");
        }
        if (url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            return Optional.of("spaces and control characters must be percent-encoded");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.of("only http and https URLs are accepted");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the URL names no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("credentials in the URL are not accepted");
        }
        return Optional.empty();
    }
}
