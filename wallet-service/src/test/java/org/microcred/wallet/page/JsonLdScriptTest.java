package org.microcred.wallet.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonLdScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nothingInTheCredentialCanCloseTheScriptElementAndTheJsonParsesBackTheSame() throws Exception {
        String credential = "{\"name\":\"</script><script>alert(1)</script><!-- & \u2028\",\"n\":[1,2]}";
        String embedded = JsonLdScript.embed(credential);
        assertFalse(embedded.contains("<"), embedded);
        assertFalse(embedded.contains(">"), embedded);
        assertFalse(embedded.contains("\u2028"), embedded);
        JsonNode back = JSON.readTree(embedded);
        assertEquals(JSON.readTree(credential), back);
    }
}
