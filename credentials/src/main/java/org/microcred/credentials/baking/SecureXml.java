package org.microcred.credentials.baking;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;
import org.microcred.credentials.CredentialException;

/**
 * Reads uploaded XML without ever resolving anything: no DTD (a document that has one is refused outright,
 * so neither external entities nor entity expansion bombs are possible), no external access, bounded size
 * and depth. Uses the JDK's own StAX implementation so that another one on the classpath (Woodstox) cannot
 * change these settings' meaning.
 */
final class SecureXml {

    /** Badge images are small; a larger upload is refused before any parsing. */
    static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** Real SVG badges nest a few dozen levels at most; deep nesting only serves to exhaust the stack. */
    static final int MAX_DEPTH = 256;

    private SecureXml() {
    }

    static XMLEventReader reader(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw malformed("no image given");
        }
        if (xml.length > MAX_DOCUMENT_BYTES) {
            throw new CredentialException("too-large", "images are limited to " + MAX_DOCUMENT_BYTES + " bytes");
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            return factory.createXMLEventReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed("not well-formed XML: " + e.getMessage());
        }
    }

    /** Whether more events follow; the parser's own failures are refusals, as in {@link #next}. */
    static boolean hasNext(XMLEventReader reader) {
        try {
            return reader.hasNext();
        } catch (RuntimeException e) {
            throw malformed("not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * The next event, refusing any DTD or entity machinery. Predefined entities ({@code &amp;}) and character
     * references never surface as events, so anything entity-shaped here comes from a DTD.
     */
    static XMLEvent next(XMLEventReader reader) {
        XMLEvent event;
        try {
            event = reader.nextEvent();
        } catch (XMLStreamException | RuntimeException e) {
            // RuntimeException too: the JDK's parser throws MissingResourceException for some malformed DTDs
            // (a control character in a DOCTYPE), which must be a refusal, never a 500.
            throw malformed("not well-formed XML: " + e.getMessage());
        }
        int type = event.getEventType();
        if (type == XMLStreamConstants.DTD || type == XMLStreamConstants.ENTITY_REFERENCE
                || type == XMLStreamConstants.ENTITY_DECLARATION || type == XMLStreamConstants.NOTATION_DECLARATION) {
            throw new CredentialException("unsafe-xml", "XML with a DOCTYPE or entities is refused");
        }
        return event;
    }

    static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("the XML nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    static CredentialException malformed(String message) {
        return new CredentialException("malformed-image", message);
    }
}
