package org.microcred.credentials.fuzz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Runs a parser on one fuzz input and fails unless it answers within the time bound, or refuses the input with one of
 * its documented exceptions. Anything else (a NullPointerException, a StackOverflowError, a hang) is a finding: the
 * input is written to {@code target/fuzz-findings/<target>/} so it can be committed as a regression input.
 */
public final class Bounded {

    /**
     * How long one input may take: far above any input's usual time (milliseconds), even with a cold JIT on a loaded
     * 2-core build machine, so what passes it is a hang or a blow-up. {@code -Dfuzz.limitSeconds=...} to change it.
     */
    public static final Duration LIMIT = Duration.ofSeconds(Long.getLong("fuzz.limitSeconds", 10));

    /** Daemon threads: a parser that hangs must not keep the test JVM alive once the test has failed. */
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fuzz-target");
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {
    }

    /**
     * @param target     the fuzz target's name (the findings directory)
     * @param input      the input as bytes, to be saved if it is a finding
     * @param documented the refusals the parser's contract names
     * @return what the parser answered, or null when it refused the input as documented
     */
    public static <T> T run(String target, byte[] input, Predicate<Throwable> documented, Callable<T> parser) {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<T> answer = RUNNER.submit(() -> {
            worker.set(Thread.currentThread());
            return parser.call();
        });
        try {
            return answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Where the parser was when time ran out, for the report (a busy machine shows as a parser anywhere).
            Throwable where = new Throwable("the parser's stack when the time ran out");
            where.setStackTrace(worker.get() == null ? new StackTraceElement[0] : worker.get().getStackTrace());
            answer.cancel(true);
            throw finding(target, input, "took longer than " + LIMIT, where);
        } catch (ExecutionException e) {
            if (documented.test(e.getCause())) {
                return null;
            }
            throw finding(target, input, "threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AssertionError finding(String target, byte[] input, String what, Throwable cause) {
        Path saved = save(target, input);
        return new AssertionError(target + ": the input saved as " + saved.toAbsolutePath() + " (" + input.length
                + " bytes) " + what, cause);
    }

    private static Path save(String target, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-findings", target));
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
            return Files.write(dir.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
