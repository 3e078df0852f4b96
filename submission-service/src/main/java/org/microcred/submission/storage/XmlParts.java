package org.microcred.submission.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML parts of an Office document element by element, with attribute values decoded (so an escaped
 * {@code &#x76;baProject} is seen as what Office reads), without DTDs or external entities, and within a budget of
 * uncompressed bytes for the whole document so a ZIP bomb never expands here.
 */
final class XmlParts {

    /** Uncompressed bytes of XML inspected per document at most; a document that needs more is refused. */
    static final long MAX_INSPECTED_BYTES = 16L * 1024 * 1024;

    private static final XMLInputFactory FACTORY = secureFactory();

    private final ZipFile zip;
    private long remaining = MAX_INSPECTED_BYTES;

    XmlParts(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * Calls {@code check} with the local name (prefix:name as written) and the attributes of each element of the
     * part, until it answers a reason to refuse, which is returned; empty when the part is absent or clean.
     *
     * @throws Refused when the part is not well-formed XML, has a DTD, or goes over the budget
     */
    Optional<String> scan(ZipEntry entry, BiFunction<String, Map<String, String>, Optional<String>> check)
            throws IOException {
        try (InputStream in = new Budget(zip.getInputStream(entry))) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new Refused("a DOCTYPE in " + entry.getName());
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        Optional<String> reason = check.apply(qualified(reader.getPrefix(), reader.getLocalName()),
                                attributes(reader));
                        if (reason.isPresent()) {
                            return reason;
                        }
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            // The JDK's parser also throws unchecked exceptions on some malformed input.
            throw new Refused(entry.getName() + " is not well-formed XML");
        }
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(qualified(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)),
                    reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }

    /** Why a document cannot be inspected: it is refused, never accepted unread. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** Counts the uncompressed bytes read against the document's budget. */
    private final class Budget extends java.io.FilterInputStream {
        Budget(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            spend(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            spend(Math.max(n, 0));
            return n;
        }

        private void spend(int bytes) {
            remaining -= bytes;
            if (remaining < 0) {
                throw new Refused("more than " + MAX_INSPECTED_BYTES + " bytes of XML to inspect");
            }
        }
    }
}
