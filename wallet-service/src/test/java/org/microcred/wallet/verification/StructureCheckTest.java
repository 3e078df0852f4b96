package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;

class StructureCheckTest {

    private final TestIssuer issuer = TestIssuer.didKey();

    @Test
    void aCompleteOpenBadgeIsWellFormed() {
        Check check = StructureCheck.check(issuer.credential("Complete"));
        assertTrue(check.passed(), check.detail());
        assertEquals("well-formed as an Open Badges 3.0 credential", check.detail());
    }

    @Test
    void theVcV2ContextMustComeFirst() {
        ObjectNode credential = issuer.credential("Order");
        ArrayNode contexts = (ArrayNode) credential.get("@context");
        String first = contexts.remove(0).asText();
        contexts.add(first);
        Check check = StructureCheck.check(credential);
        assertFalse(check.passed());
        assertTrue(check.detail().contains("the first @context is not https://www.w3.org/ns/credentials/v2"));
    }

    @Test
    void everyGapIsNamedAtOnce() {
        ObjectNode credential = issuer.credential("Gaps");
        credential.remove("issuer");
        credential.remove("name");
        ((ArrayNode) credential.get("type")).remove(0);
        Check check = StructureCheck.check(credential);
        assertFalse(check.passed());
        assertTrue(check.detail().contains("type does not include VerifiableCredential"), check.detail());
        assertTrue(check.detail().contains("issuer is missing"), check.detail());
        assertTrue(check.detail().contains("name is missing"), check.detail());
    }

    @Test
    void aPlainVerifiableCredentialNeedsNoOpenBadgeFields() {
        ObjectNode credential = TestIssuer.JSON.createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        credential.putArray("type").add("VerifiableCredential");
        credential.put("issuer", issuer.id);
        credential.putObject("credentialSubject").put("id", "did:example:subject");
        Check check = StructureCheck.check(credential);
        assertTrue(check.passed(), check.detail());
    }

    @Test
    void anEmbeddedContextFailsAndAnUnbundledOneCannotBeChecked() {
        ObjectNode credential = issuer.credential("Contexts");
        ((ArrayNode) credential.get("@context")).addObject().put("term", "https://example.org/term");
        assertFalse(StructureCheck.check(credential).passed());
        ((ArrayNode) credential.get("@context")).add("https://example.org/unbundled");
        CredentialException e = assertThrows(CredentialException.class, () -> StructureCheck.check(credential));
        assertEquals("unknown-context", e.problem());
    }
}
