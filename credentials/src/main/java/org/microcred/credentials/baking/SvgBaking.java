package org.microcred.credentials.baking;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.microcred.credentials.CredentialException;

/**
 * Open Badges 3.0 baking in SVG: the root {@code svg} element declares
 * {@code xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"} and its first child is an
 * {@code <openbadges:credential>}: the credential's JSON in CDATA, or a VC-JWT in its {@code verify} attribute.
 * The image streams through unchanged otherwise; uploads are parsed with {@link SecureXml}.
 */
public final class SvgBaking {

    public static final String NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    public static final String PREFIX = "openbadges";
    private static final QName CREDENTIAL = new QName(NAMESPACE, "credential", PREFIX);
    private static final QName VERIFY = new QName("verify");

    private SvgBaking() {
    }

    /**
     * The image with the credential baked in, as UTF-8; an {@code openbadges:credential} already there is
     * replaced (the spec allows one only).
     *
     * @param credential a credential's JSON, or the compact JWS of a VC-JWT (told apart by their shape)
     * @throws CredentialException {@code unsafe-xml}, {@code malformed-image}, {@code too-large},
     *         {@code malformed-credential}
     */
    public static byte[] bake(byte[] svg, String credential) {
        String text = BakedText.check(credential);
        XMLEventReader reader = SecureXml.reader(svg);
        XMLEventFactory events = XMLEventFactory.newDefaultFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length + text.length() + 256);
        try {
            XMLEventWriter writer = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
            int depth = 0;
            int skipping = 0; // > 0 while inside an old openbadges:credential being dropped
            while (SecureXml.hasNext(reader)) {
                XMLEvent event = SecureXml.next(reader);
                if (event.isStartDocument()) {
                    writer.add(events.createStartDocument("UTF-8", "1.0"));
                    writer.add(events.createSpace("\n")); // the reader does not report the prolog's line break
                } else if (event.isStartElement()) {
                    SecureXml.checkDepth(++depth);
                    if (skipping > 0 || (depth > 1 && isCredential(event.asStartElement()))) {
                        skipping++;
                    } else if (depth == 1) {
                        writer.add(rootWithNamespace(checkRoot(event.asStartElement()), events));
                        writeCredential(writer, events, text);
                    } else {
                        writer.add(event);
                    }
                } else if (event.isEndElement()) {
                    depth--;
                    if (skipping > 0) {
                        skipping--;
                    } else {
                        writer.add(event);
                    }
                } else if (skipping == 0) {
                    writer.add(event);
                }
            }
            writer.close();
        } catch (XMLStreamException e) {
            throw SecureXml.malformed("the SVG cannot be rewritten: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /**
     * The first {@code openbadges:credential} of the image: its {@code verify} attribute (a VC-JWT) when it has
     * one, else its text (a credential's JSON), trimmed.
     *
     * @throws CredentialException {@code no-credential}, {@code unsafe-xml}, {@code malformed-image}, {@code too-large}
     */
    public static String unbake(byte[] svg) {
        XMLEventReader reader = SecureXml.reader(svg);
        int depth = 0;
        while (SecureXml.hasNext(reader)) {
            XMLEvent event = SecureXml.next(reader);
            if (event.isStartElement()) {
                SecureXml.checkDepth(++depth);
                if (depth == 1) {
                    checkRoot(event.asStartElement());
                } else if (isCredential(event.asStartElement())) {
                    return credentialOf(event.asStartElement(), reader);
                }
            } else if (event.isEndElement()) {
                depth--;
            }
        }
        throw new CredentialException("no-credential", "the SVG carries no openbadges:credential element");
    }

    private static String credentialOf(StartElement element, XMLEventReader reader) {
        Attribute verify = element.getAttributeByName(VERIFY);
        if (verify != null && !verify.getValue().isBlank()) {
            return verify.getValue().trim();
        }
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            XMLEvent event = SecureXml.next(reader);
            if (event.isStartElement()) {
                SecureXml.checkDepth(++depth);
            } else if (event.isEndElement()) {
                depth--;
            } else if (event.isCharacters() && depth == 1) {
                text.append(event.asCharacters().getData());
                if (text.length() > BakedText.MAX_CREDENTIAL_BYTES) {
                    throw new CredentialException("too-large", "the baked credential is too large");
                }
            }
        }
        String credential = text.toString().trim();
        if (credential.isEmpty()) {
            throw new CredentialException("no-credential", "the openbadges:credential element is empty");
        }
        return credential;
    }

    private static StartElement checkRoot(StartElement root) {
        if (!"svg".equals(root.getName().getLocalPart())) {
            throw SecureXml.malformed("the root element of an SVG image is svg");
        }
        String bound = root.getNamespaceContext().getNamespaceURI(PREFIX);
        if (bound != null && !bound.isEmpty() && !NAMESPACE.equals(bound)) {
            throw SecureXml.malformed("the SVG binds the prefix openbadges to another namespace");
        }
        return root;
    }

    private static boolean isCredential(StartElement element) {
        return NAMESPACE.equals(element.getName().getNamespaceURI())
                && "credential".equals(element.getName().getLocalPart());
    }

    private static StartElement rootWithNamespace(StartElement root, XMLEventFactory events) {
        List<Namespace> namespaces = new ArrayList<>();
        boolean declared = false;
        for (Iterator<Namespace> it = root.getNamespaces(); it.hasNext(); ) {
            Namespace namespace = it.next();
            declared |= PREFIX.equals(namespace.getPrefix());
            namespaces.add(namespace);
        }
        if (!declared) {
            namespaces.add(events.createNamespace(PREFIX, NAMESPACE));
        }
        return events.createStartElement(root.getName(), root.getAttributes(), namespaces.iterator());
    }

    private static void writeCredential(XMLEventWriter writer, XMLEventFactory events, String credential)
            throws XMLStreamException {
        boolean jwt = BakedText.isCompactJws(credential);
        List<Attribute> attributes = jwt ? List.of(events.createAttribute(VERIFY, credential)) : List.of();
        writer.add(events.createStartElement(CREDENTIAL, attributes.iterator(), null));
        if (!jwt) {
            // "]]>" cannot appear inside one CDATA section (it may inside a JSON string): split it across two.
            for (String part : credential.split("(?<=]])(?=>)", -1)) {
                writer.add(events.createCData(part));
            }
        }
        writer.add(events.createEndElement(CREDENTIAL, null));
    }
}
