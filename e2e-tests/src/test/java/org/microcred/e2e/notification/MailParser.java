package org.microcred.e2e.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delivered message (RFC 5322 with MIME): headers unfolded, RFC 2047 encoded words decoded, multiparts split
 * by their boundary down to their leaf parts, each decoded from quoted-printable or base64 in its charset. Enough for
 * what enrolment-service sends; not a general mail library (none is on the e2e classpath).
 */
final class MailParser {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_ENCODED_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private MailParser() {
    }

    static Mail parse(Path file, String raw) {
        Entity message = entity(raw.replace("\r\n", "\n"));
        List<Mail.Part> parts = new ArrayList<>();
        leaves(message, parts);
        return new Mail(file, message.headers(), List.copyOf(parts));
    }

    private record Entity(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    private static Entity entity(String text) {
        int end = text.indexOf("\n\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 2);
        Map<String, String> headers = new LinkedHashMap<>();
        String current = null;
        for (String line : head.split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && current != null) {
                headers.computeIfPresent(current, (name, value) -> value + " " + line.strip());
            } else if (line.indexOf(':') > 0) {
                String name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                current = headers.containsKey(name) ? null : name; // the first occurrence wins
                if (current != null) {
                    headers.put(name, line.substring(line.indexOf(':') + 1).strip());
                }
            }
        }
        headers.replaceAll((name, value) -> decodeWords(value));
        return new Entity(headers, body);
    }

    private static void leaves(Entity entity, List<Mail.Part> into) {
        String contentType = entity.header("content-type");
        String mediaType = (contentType.isEmpty() ? "text/plain" : contentType.split(";")[0]).strip()
                .toLowerCase(Locale.ROOT);
        if (mediaType.startsWith("multipart/")) {
            String boundary = parameter(contentType, "boundary");
            for (String part : split(entity.body(), boundary)) {
                leaves(entity(part), into);
            }
            return;
        }
        Charset charset = Charset.forName(parameter(contentType, "charset") == null ? "UTF-8"
                : parameter(contentType, "charset"));
        String encoding = entity.header("content-transfer-encoding").toLowerCase(Locale.ROOT);
        into.add(new Mail.Part(mediaType, decodeBody(entity.body(), encoding, charset)));
    }

    /** The parts between {@code --boundary} lines, up to {@code --boundary--}. */
    private static List<String> split(String body, String boundary) {
        if (boundary == null) {
            throw new AssertionError("a multipart without a boundary");
        }
        List<String> parts = new ArrayList<>();
        String[] pieces = ("\n" + body).split("\n--" + Pattern.quote(boundary));
        for (int i = 1; i < pieces.length; i++) {
            if (pieces[i].startsWith("--")) {
                break;
            }
            parts.add(pieces[i].substring(pieces[i].indexOf('\n') + 1));
        }
        return parts;
    }

    private static String parameter(String header, String name) {
        Matcher m = Pattern.compile(";\\s*" + name + "=(\"([^\"]*)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE)
                .matcher(header);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    private static String decodeBody(String body, String encoding, Charset charset) {
        return switch (encoding) {
            case "base64" -> new String(Base64.getMimeDecoder().decode(body.strip()), charset);
            case "quoted-printable" -> new String(quotedPrintable(body.replace("=\n", ""), false), charset);
            default -> body;
        };
    }

    /** Quoted-printable bytes; in an encoded word ({@code inWord}) an underscore is a space. */
    static byte[] quotedPrintable(String text, boolean inWord) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '_' && inWord) {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }

    /** RFC 2047: {@code =?charset?Q|B?text?=}, white space between two such words dropped. */
    static String decodeWords(String value) {
        Matcher m = ENCODED_WORD.matcher(BETWEEN_ENCODED_WORDS.matcher(value).replaceAll("$1$2"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = Charset.forName(m.group(1));
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3))
                    : quotedPrintable(m.group(3), true);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
