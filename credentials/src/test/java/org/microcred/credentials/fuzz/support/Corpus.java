package org.microcred.credentials.fuzz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fuzz target's committed inputs, read from the test class path: {@code <dir>/seeds/} (small valid and nearly valid
 * inputs the mutations start from) and {@code <dir>/regressions/} (every input that once crashed or hung a parser).
 * Both are replayed unchanged on every run.
 */
public final class Corpus {

    private final List<Path> seeds;
    private final List<Path> regressions;

    private Corpus(List<Path> seeds, List<Path> regressions) {
        this.seeds = seeds;
        this.regressions = regressions;
    }

    /** @param dir a class path directory, for example {@code /org/microcred/credentials/fuzz/png} */
    public static Corpus of(String dir) {
        List<Path> seeds = files(dir + "/seeds");
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no seed inputs in " + dir + "/seeds");
        }
        return new Corpus(seeds, files(dir + "/regressions"));
    }

    public List<byte[]> seeds() {
        return seeds.stream().map(Corpus::read).toList();
    }

    /** Every seed as UTF-8 text. */
    public List<String> seedTexts() {
        return seeds().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    /** The regression inputs alone (for a target whose findings are not all fixed yet). */
    public List<Path> regressions() {
        return regressions;
    }

    /** The seed files alone. */
    public List<Path> seedFiles() {
        return seeds;
    }

    /** Seeds and regression inputs, each to be replayed as it is. */
    public List<Path> replays() {
        return Stream.concat(seeds.stream(), regressions.stream()).toList();
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(String dir) {
        URL url = Corpus.class.getResource(dir);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
