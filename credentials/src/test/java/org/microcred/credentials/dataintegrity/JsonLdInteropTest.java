package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The canonical form is the one JavaScript verifiers (jsonld.js: Digital Bazaar, DCC) compute, where titanium on
 * its own would differ: numbers are JavaScript doubles, language tags are lower-cased.
 */
class JsonLdInteropTest {

    // the Open Badges context's datatypes are in the https form of the XML Schema namespace
    private static final String OB_FLOAT = "https://www.w3.org/2001/XMLSchema#float";
    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void aWholeNumberWrittenWithAFractionIsTheSameInteger() {
        String json = Vector.replaceOnce(Vector.unsigned(), "\"creditsAvailable\": 3", "\"creditsAvailable\": 3.0");
        json = Vector.replaceOnce(json, "\"creditsEarned\": 3", "\"creditsEarned\": 30e-1");

        assertEquals(Vector.text("unsigned.nquads"), proofs.canonicalNQuads(json));
    }

    @Test
    void aFractionIsACanonicalDoubleInTheTermsDatatype() {
        String json = Vector.replaceOnce(Vector.unsigned(), "\"creditsAvailable\": 3", "\"creditsAvailable\": 1.5");

        assertTrue(proofs.canonicalNQuads(json).contains("\"1.5E0\"^^<" + OB_FLOAT + ">"));
    }

    @Test
    void languageTagsAreLowerCased() {
        String json = Vector.replaceOnce(Vector.unsigned(), "\"fieldOfStudy\": \"Computer Science\"",
                "\"fieldOfStudy\": {\"@value\": \"Colour science\", \"@language\": \"en-GB\"}");

        assertTrue(proofs.canonicalNQuads(json).contains("\"Colour science\"@en-gb ."));
    }

    @Test
    void numbersAreWrittenAsJavaScriptWritesThem() {
        assertEquals("3.5E0", JsNumbers.canonicalDouble(3.5));
        assertEquals("1.0E-1", JsNumbers.canonicalDouble(0.1));
        assertEquals("1.0E21", JsNumbers.canonicalDouble(1e21));
        assertEquals("-2.25E0", JsNumbers.canonicalDouble(-2.25));
        assertEquals("3.333333333333333E-1", JsNumbers.canonicalDouble(1.0 / 3));
        assertEquals("1.23456789E5", JsNumbers.canonicalDouble(123456.789));
        assertEquals("100000000000000000000", JsNumbers.canonicalInteger(1e20));
        assertEquals("3", JsNumbers.canonicalInteger(3.0));
        assertFalse(JsNumbers.isDouble(3.0));
        assertFalse(JsNumbers.isDouble(1e-7));
        assertTrue(JsNumbers.isDouble(1.5e-7));
        assertTrue(JsNumbers.isDouble(2.5));
        assertTrue(JsNumbers.isDouble(1e21));
    }
}
