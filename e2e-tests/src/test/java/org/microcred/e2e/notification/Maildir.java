package org.microcred.e2e.notification;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The Maildir the SMTP server of bin/infra (exim4) delivers every message to, whoever it is addressed to
 * ({@code MICROCRED_SMTP_MAILBOX} of {@code bin/infra env}): each file of {@code new/} and {@code cur/} one message. It
 * keeps the mails of earlier runs too: tests pick theirs by recipient and by a name unique to the test.
 */
final class Maildir {

    private final Path dir;

    private Maildir(Path dir) {
        this.dir = dir;
    }

    /**
     * The mailbox, once the SMTP server answers. Without it the test cannot run: under CI it fails, on a developer's
     * machine it is skipped with a printed line (as enrolment-service's notification tests do).
     */
    static Maildir require() {
        String configured = System.getenv("MICROCRED_SMTP_MAILBOX");
        String host = System.getenv().getOrDefault("MICROCRED_SMTP_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("MICROCRED_SMTP_PORT", "2525"));
        String missing = null;
        if (configured == null || !Files.isDirectory(Path.of(configured))) {
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
            System.out.println("[skipped] NotificationIT: " + missing);
            Assumptions.abort(missing);
        }
        return new Maildir(Path.of(configured));
    }

    /** Every message now delivered that {@code filter} accepts. */
    List<Mail> messages(Predicate<Mail> filter) {
        List<Mail> found = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            try (Stream<Path> files = Files.list(dir.resolve(sub))) {
                for (Path file : files.toList()) {
                    Mail mail = read(file);
                    if (mail != null && filter.test(mail)) {
                        found.add(mail);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static Mail read(Path file) {
        try {
            return MailParser.parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null; // moved from new/ to cur/ meanwhile: read there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
