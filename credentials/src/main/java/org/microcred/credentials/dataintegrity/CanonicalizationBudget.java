package org.microcred.credentials.dataintegrity;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.microcred.credentials.CredentialException;

/**
 * What one request may spend on canonicalisation, in total: at most so many N-Quads and so much time (the time spent
 * canonicalising, not waiting for a status list between two canonicalisations), shared by
 * every canonicalisation made for it (each proof of a proof set hashes the whole document again, and each status
 * list's proof is checked too). Without it only one step is bounded ({@link Canonicalizer} gives a step one second),
 * so a request with many proofs costs many seconds.
 *
 * <p>The budget is in force on the current thread while {@link #spend(Supplier)} runs: every canonicalisation made
 * there, however deep in the proof library, draws from it, and none of the APIs in between has to carry it. Over the
 * budget, a {@link CredentialException} {@code verification-too-costly} ends the work at once. Not thread-safe: one
 * budget per request, used on the thread that verifies it.
 */
public final class CanonicalizationBudget {

    public static final String TOO_COSTLY = "verification-too-costly";

    private static final ThreadLocal<CanonicalizationBudget> CURRENT = new ThreadLocal<>();

    private final int maxQuads;
    private final Duration maxTime;
    private final LongSupplier nanoTime;
    private long spentNanos;
    private int quads;

    /**
     * @param maxQuads the N-Quads all canonicalisations of the request may produce together
     * @param maxTime  the time they may take together
     */
    public CanonicalizationBudget(int maxQuads, Duration maxTime) {
        this(maxQuads, maxTime, System::nanoTime);
    }

    CanonicalizationBudget(int maxQuads, Duration maxTime, LongSupplier nanoTime) {
        if (maxQuads < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("a budget allows at least one quad and some time");
        }
        this.maxQuads = maxQuads;
        this.maxTime = maxTime;
        this.nanoTime = nanoTime;
    }

    /** Runs the work with this budget in force on the current thread (budgets do not nest: the inner one wins). */
    public <T> T spend(Supplier<T> work) {
        CanonicalizationBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The budget in force on this thread, or null (then only the per-step limit applies). */
    static CanonicalizationBudget current() {
        return CURRENT.get();
    }

    /** How many quads have been produced under this budget so far. */
    public int quadsUsed() {
        return quads;
    }

    /**
     * Starts one canonicalisation, refusing it when the time is already spent.
     *
     * @return its start, for {@link #requireTimeLeft(long)} and {@link #end(long)}
     */
    long begin() {
        long start = nanoTime.getAsLong();
        requireTimeLeft(start);
        return start;
    }

    /** Refuses to go on once the canonicalisation started at {@code start} uses up the time left. */
    void requireTimeLeft(long start) {
        if (spentNanos + (nanoTime.getAsLong() - start) >= maxTime.toNanos()) {
            throw tooCostly("canonicalising it took longer than the " + maxTime.toMillis() + " ms one request may use");
        }
    }

    /** Ends the canonicalisation started at {@code start}: its time is spent. */
    void end(long start) {
        spentNanos += nanoTime.getAsLong() - start;
    }

    /** Counts one more quad; refuses it past the budget. */
    void chargeQuad() {
        if (++quads > maxQuads) {
            throw tooCostly("it produces more than " + maxQuads + " N-Quads, the most one request may canonicalise");
        }
    }

    private static CredentialException tooCostly(String why) {
        return new CredentialException(TOO_COSTLY, "Verifying this credential would cost too much: " + why);
    }
}
