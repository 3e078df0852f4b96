package org.microcred.enrolment.notification;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The Maildir the SMTP server of bin/infra (exim4) delivers every message to ({@code MICROCRED_SMTP_MAILBOX}), read
 * as a mail program would: each file one message, its headers unfolded, its body with quoted-printable undone.
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** One delivered message. */
    public record Message(Path file, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String subject() {
            return header("Subject");
        }

        public String messageId() {
            return header("Message-ID");
        }
    }

    /**
     * The mailbox, after checking the SMTP server answers. Without it the test cannot run: under CI it fails, on a
     * developer's machine it is skipped with a printed line.
     */
    public static Path require() {
        String dir = System.getenv("MICROCRED_SMTP_MAILBOX");
        String host = System.getenv().getOrDefault("MICROCRED_SMTP_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("MICROCRED_SMTP_PORT", "2525"));
        String missing = null;
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            missing = "MICROCRED_SMTP_MAILBOX (bin/infra env) names no Maildir";
        } else {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 2000);
            } catch (IOException e) {
                missing = "no SMTP server on " + host + ":" + port + " (bin/infra up starts it)";
            }
        }
        if (missing != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("The SMTP server of bin/infra is needed: " + missing);
            }
            System.out.println("[skipped] notification mail test: " + missing);
            Assumptions.abort(missing);
        }
        return Path.of(dir);
    }

    /** Every message now in the mailbox that {@code filter} accepts (the server may be stopped meanwhile). */
    public static List<Message> messages(Predicate<Message> filter) {
        String configured = System.getenv("MICROCRED_SMTP_MAILBOX");
        Path dir = configured == null ? require() : Path.of(configured);
        List<Message> found = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            try (Stream<Path> files = Files.list(dir.resolve(sub))) {
                for (Path file : files.toList()) {
                    Message m = read(file);
                    if (m != null && filter.test(m)) {
                        found.add(m);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    public static List<Message> withSubject(String subject) {
        return messages(m -> subject.equals(m.subject()));
    }

    private static Message read(Path file) {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // moved from new to cur meanwhile
        }
        raw = raw.replace("\r\n", "\n");
        int end = raw.indexOf("\n\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 2);
        Map<String, String> headers = new LinkedHashMap<>();
        String current = null;
        boolean keep = false; // the first occurrence of a header wins (Received: repeats; the others are single)
        for (String line : head.split("\n")) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (keep) {
                    headers.put(current, headers.get(current) + " " + line.strip());
                }
            } else if (line.indexOf(':') > 0) {
                current = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
                keep = !headers.containsKey(current);
                if (keep) {
                    headers.put(current, line.substring(line.indexOf(':') + 1).strip());
                }
            }
        }
        return new Message(file, headers, decodeQuotedPrintable(body));
    }

    /** Undoes quoted-printable (soft breaks, =XX) over the whole body: enough for ASCII text and links. */
    static String decodeQuotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        StringBuilder out = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                out.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }
}
