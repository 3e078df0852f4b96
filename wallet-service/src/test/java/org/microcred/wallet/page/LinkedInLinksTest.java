package org.microcred.wallet.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkedInLinksTest {

    private static final String PAGE = "https://wallet.example/api/v1/public/shares/abc_DEF-123";

    @Test
    void addToProfileFillsLinkedInsCertificationForm() {
        String url = LinkedInLinks.addToProfile("Data & Ethics: Level 2", "Northbridge Institute",
                Instant.parse("2026-01-31T23:30:00Z"), Instant.parse("2027-12-01T00:00:00Z"), PAGE,
                "urn:uuid:5f0c");
        assertTrue(url.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&"), url);
        Map<String, String> query = query(url);
        assertEquals("Data & Ethics: Level 2", query.get("name"));
        assertEquals("Northbridge Institute", query.get("organizationName"));
        assertEquals("2026", query.get("issueYear"));
        assertEquals("1", query.get("issueMonth"), "January is month 1, in UTC");
        assertEquals("2027", query.get("expirationYear"));
        assertEquals("12", query.get("expirationMonth"));
        assertEquals(PAGE, query.get("certUrl"));
        assertEquals("urn:uuid:5f0c", query.get("certId"));
    }

    @Test
    void valuesArePercentEncodedSoNoneAddsAParameter() {
        String url = LinkedInLinks.addToProfile("A&B=C #1 + é", "Org?x=1", Instant.parse("2026-03-01T00:00:00Z"),
                null, PAGE, "id");
        String raw = URI.create(url).getRawQuery();
        assertTrue(raw.contains("name=A%26B%3DC%20%231%20%2B%20%C3%A9"), raw);
        assertTrue(raw.contains("organizationName=Org%3Fx%3D1"), raw);
        assertEquals(7, raw.split("&").length, "seven parameters without expiry: " + raw);
    }

    @Test
    void aCredentialWithoutExpiryHasNoExpiryParameters() {
        Map<String, String> query = query(LinkedInLinks.addToProfile("Name", "Org",
                Instant.parse("2026-10-15T12:00:00Z"), null, PAGE, "id"));
        assertFalse(query.containsKey("expirationYear"));
        assertFalse(query.containsKey("expirationMonth"));
        assertEquals("10", query.get("issueMonth"));
    }

    @Test
    void shareLinksThePage() {
        String url = LinkedInLinks.share(PAGE);
        assertEquals("https://www.linkedin.com/sharing/share-offsite/?url="
                + "https%3A%2F%2Fwallet.example%2Fapi%2Fv1%2Fpublic%2Fshares%2Fabc_DEF-123", url);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
