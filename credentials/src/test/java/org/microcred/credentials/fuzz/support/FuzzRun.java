package org.microcred.credentials.fuzz.support;

import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The loop of one fuzz target: inputs drawn from a seeded {@link Random}, each checked, until the number of tries
 * or the time is used up. In every test run (CI, {@code bin/test --fast}) a target makes {@value #DEFAULT_TRIES}
 * tries from seed {@value #DEFAULT_SEED}, so a failure is reproducible; by hand, more ({@code docs/fuzzing.md}):
 * {@code -Dfuzz.tries=...} (at most this many), {@code -Dfuzz.seconds=...} (stop after this long),
 * {@code -Dfuzz.seed=...} (another sequence of inputs), {@code -Dfuzz.keepGoing=true} (save every finding and go on;
 * the run fails at its end with their number).
 */
public final class FuzzRun {

    public static final int DEFAULT_TRIES = 1000;
    public static final long DEFAULT_SEED = 20261204L;

    private FuzzRun() {
    }

    /** Checks {@code tries} inputs from {@code generator}; prints what ran, for docs/fuzzing.md. */
    public static <T> void check(String target, Function<Random, T> generator, Consumer<T> check) {
        long tries = Long.getLong("fuzz.tries", DEFAULT_TRIES);
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", Long.MAX_VALUE / 1_000_000_000L));
        boolean keepGoing = Boolean.getBoolean("fuzz.keepGoing");
        Random random = new Random(seed);
        long start = System.nanoTime();
        long done = 0;
        long findings = 0;
        AssertionError first = null;
        while (done < tries && System.nanoTime() - start < budget.toNanos()) {
            T input = generator.apply(random);
            done++;
            try {
                check.accept(input);
            } catch (AssertionError finding) {
                if (!keepGoing) {
                    throw finding;
                }
                findings++;
                first = first == null ? finding : first;
                System.out.printf("[fuzz] %s: finding %s%n", target, finding.getMessage());
            }
        }
        System.out.printf("[fuzz] %s: %d tries from seed %d in %.1f s, %d findings%n", target, done, seed,
                (System.nanoTime() - start) / 1e9, findings);
        if (first != null) {
            throw new AssertionError(findings + " findings, saved in target/fuzz-findings; the first:", first);
        }
    }
}
