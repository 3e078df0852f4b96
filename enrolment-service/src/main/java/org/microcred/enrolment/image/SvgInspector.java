package org.microcred.enrolment.image;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * An SVG badge as this deployment will serve it to every recognizer's browser: well-formed XML whose root is
 * {@code <svg>}, without a DTD (so no entities, external or not), scripts, event handlers, {@code foreignObject}
 * (HTML inside SVG), or anything fetched from elsewhere: a reference ({@code href}, {@code xlink:href},
 * {@code src}, CSS {@code url()} or {@code @import}) may only name a fragment of the same document ({@code #id})
 * or inline image data ({@code data:image/...}). Its size is read from {@code width}/{@code height} in px (or
 * unit-less), else from the {@code viewBox}.
 */
final class SvgInspector {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final int MAX_DEPTH = 64;
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    private SvgInspector() {
    }

    /** After an optional UTF-8 byte order mark and white space, XML starts with '<'. */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** Checks the whole document; answers the width and height of its root, or throws the 422 naming the problem. */
    static int[] inspect(byte[] svg) {
        XMLEventReader reader = reader(svg);
        int depth = 0;
        int[] size = null;
        boolean inStyle = false;
        try {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                switch (event.getEventType()) {
                    case XMLEvent.DTD, XMLEvent.ENTITY_REFERENCE, XMLEvent.ENTITY_DECLARATION ->
                            throw unsafe("svg-dtd", "The SVG declares a DTD or entities; neither is allowed");
                    case XMLEvent.START_ELEMENT -> {
                        StartElement element = event.asStartElement();
                        if (++depth > MAX_DEPTH) {
                            throw unsafe("malformed-image", "The SVG nests deeper than " + MAX_DEPTH + " levels");
                        }
                        if (depth == 1) {
                            size = rootSize(element);
                        }
                        checkElement(element);
                        inStyle = "style".equalsIgnoreCase(element.getName().getLocalPart());
                    }
                    case XMLEvent.END_ELEMENT -> {
                        depth--;
                        inStyle = false;
                    }
                    case XMLEvent.CHARACTERS, XMLEvent.CDATA -> {
                        if (inStyle) {
                            checkCss(event.asCharacters().getData(), "a <style> element");
                        }
                    }
                    default -> {
                        // Comments, processing instructions, white space: nothing is fetched or run from them.
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof org.microcred.support.problem.ProblemException problem) {
                throw problem;
            }
            throw unsafe("malformed-image", "The SVG is not well-formed XML: " + e.getMessage());
        }
        if (size == null) {
            throw unsafe("malformed-image", "The SVG has no root element");
        }
        return size;
    }

    private static XMLEventReader reader(byte[] svg) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            return factory.createXMLEventReader(new ByteArrayInputStream(svg));
        } catch (XMLStreamException e) {
            throw unsafe("malformed-image", "The SVG is not well-formed XML: " + e.getMessage());
        }
    }

    private static int[] rootSize(StartElement root) {
        if (!"svg".equals(root.getName().getLocalPart()) || !SVG_NAMESPACE.equals(root.getName().getNamespaceURI())) {
            throw unsafe("malformed-image", "The root element is not <svg> in the SVG namespace (" + SVG_NAMESPACE + ")");
        }
        Double width = length(root, "width");
        Double height = length(root, "height");
        if (width == null || height == null) {
            Attribute viewBox = root.getAttributeByName(new javax.xml.namespace.QName("viewBox"));
            String[] box = viewBox == null ? new String[0] : viewBox.getValue().trim().split("[\\s,]+");
            if (box.length != 4) {
                throw unsafe("image-dimensions", "The SVG states its size neither in px width and height nor in a viewBox");
            }
            try {
                width = width != null ? width : Double.parseDouble(box[2]);
                height = height != null ? height : Double.parseDouble(box[3]);
            } catch (NumberFormatException e) {
                throw unsafe("image-dimensions", "The SVG's viewBox is not four numbers");
            }
        }
        return new int[] {(int) Math.round(Math.min(width, Integer.MAX_VALUE)),
                (int) Math.round(Math.min(height, Integer.MAX_VALUE))};
    }

    /** A length in px or without unit; null when absent or in another unit (percentages, em: no intrinsic size). */
    private static Double length(StartElement root, String name) {
        Attribute attribute = root.getAttributeByName(new javax.xml.namespace.QName(name));
        if (attribute == null) {
            return null;
        }
        Matcher m = LENGTH.matcher(attribute.getValue());
        return m.matches() ? Double.parseDouble(m.group(1)) : null;
    }

    private static void checkElement(StartElement element) {
        String name = element.getName().getLocalPart();
        if (FORBIDDEN_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            throw unsafe("svg-" + ("script".equalsIgnoreCase(name) ? "script" : "active-content"),
                    "The SVG contains a <" + name + "> element, which is not allowed in a badge");
        }
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
            Attribute attribute = it.next();
            String local = attribute.getName().getLocalPart();
            String lower = local.toLowerCase(Locale.ROOT);
            if (lower.startsWith("on")) {
                throw unsafe("svg-event-handler", "The SVG's <" + name + "> has the event handler attribute "
                        + local + ", which is not allowed in a badge");
            }
            if (REFERENCE_ATTRIBUTES.contains(lower)) {
                checkReference(attribute.getValue(), "the " + qualified(attribute) + " attribute of <" + name + ">");
            }
            if ("style".equals(lower)) {
                checkCss(attribute.getValue(), "the style attribute of <" + name + ">");
            }
        }
    }

    private static String qualified(Attribute attribute) {
        String prefix = attribute.getName().getPrefix();
        return prefix == null || prefix.isEmpty() ? attribute.getName().getLocalPart()
                : prefix + ":" + attribute.getName().getLocalPart();
    }

    private static void checkCss(String css, String where) {
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
            throw unsafe("svg-external-reference", "The SVG imports a style sheet in " + where);
        }
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            checkReference(m.group(1), "a CSS url() in " + where);
        }
    }

    /** Only a fragment of this document or inline image data: nothing a browser would fetch from elsewhere. */
    private static void checkReference(String value, String where) {
        String reference = value.trim();
        if (reference.startsWith("#") || reference.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return;
        }
        throw unsafe("svg-external-reference", "The SVG refers to '" + abbreviate(reference) + "' in " + where
                + "; only #fragments and data:image/ URLs are allowed");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static org.microcred.support.problem.ProblemException unsafe(String slug, String detail) {
        return ImageProblems.unacceptable(slug, detail);
    }
}
