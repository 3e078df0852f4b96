package org.microcred.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkUrlsTest {

    @Test
    void httpAndHttpsUrlsWithAHostAreAccepted() {
        assertEquals(Optional.empty(), LinkUrls.problem("https://example.org/portfolio?id=1#top"));
        assertEquals(Optional.empty(), LinkUrls.problem("HTTP://example.org:8080/a%20b"));
        assertEquals(Optional.empty(), LinkUrls.problem("https://example.org/" + "a".repeat(1980)));
    }

    @Test
    void otherSchemesAreRefused() {
        for (String url : new String[] {"javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                "ftp://example.org/x", "example.org/no-scheme", "//example.org/relative"}) {
            assertEquals(Optional.of("only http and https URLs are accepted"), LinkUrls.problem(url), url);
        }
    }

    @Test
    void urlsWithoutAHostWithCredentialsOrWithSpacesAreRefused() {
        assertEquals(Optional.of("the URL names no host"), LinkUrls.problem("https:///path"));
        assertEquals(Optional.of("credentials in the URL are not accepted"), LinkUrls.problem("https://me:secret@example.org/"));
        assertTrue(LinkUrls.problem("https://example.org/a b").isPresent());
        assertTrue(LinkUrls.problem("https://example.org/\u0000").isPresent());
        assertTrue(LinkUrls.problem("https://exa mple.org/").isPresent());
    }

    @Test
    void longUrlsAreRefused() {
        assertEquals(Optional.of("at most 2000 characters"), LinkUrls.problem("https://example.org/" + "a".repeat(1981)));
    }

    @Test
    void urlsOverTwoThousandBytesAreRefusedWhateverTheirLength() {
        // 720 characters, 2140 bytes: the URL travels in three events, the credential's three times over.
        assertEquals(Optional.of("at most 2000 bytes in UTF-8 (percent-encode the rest)"),
                LinkUrls.problem("https://example.org/" + "漢".repeat(700)));
        assertEquals(Optional.empty(), LinkUrls.problem("https://example.org/" + "漢".repeat(600)));
    }
}
