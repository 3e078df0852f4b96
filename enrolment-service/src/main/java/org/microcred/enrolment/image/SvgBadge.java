package org.microcred.enrolment.image;

import java.nio.charset.StandardCharsets;

/** The generated badge as SVG text: no scripts, no references, the name XML-escaped. */
final class SvgBadge {

    private SvgBadge() {
    }

    static byte[] render(BadgeDesign design, String fullName) {
        int size = BadgeDesign.SIZE;
        int centre = size / 2;
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size).append("\" height=\"")
                .append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" role=\"img\" aria-label=\"").append(escape(fullName)).append("\">\n")
                .append("  <title>").append(escape(fullName)).append("</title>\n")
                .append("  <circle cx=\"").append(centre).append("\" cy=\"").append(centre).append("\" r=\"248\" fill=\"")
                .append(design.background()).append("\"/>\n")
                .append("  <circle cx=\"").append(centre).append("\" cy=\"").append(centre)
                .append("\" r=\"222\" fill=\"none\" stroke=\"").append(design.accent())
                .append("\" stroke-width=\"14\"/>\n")
                .append("  <g fill=\"").append(design.foreground()).append("\" font-family=\"DejaVu Sans, Arial, ")
                .append("Helvetica, sans-serif\" font-weight=\"bold\" font-size=\"").append(design.fontSize())
                .append("\" text-anchor=\"middle\">\n");
        for (int i = 0; i < design.lines().size(); i++) {
            svg.append("    <text x=\"").append(centre).append("\" y=\"").append(design.baseline(i)).append("\">")
                    .append(escape(design.lines().get(i))).append("</text>\n");
        }
        svg.append("  </g>\n</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text and attribute values alike; characters XML 1.0 cannot carry are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
