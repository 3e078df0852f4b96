package org.microcred.wallet.verification;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent loads of the same key collapsed into one: the first caller loads, the others wait for its answer (or
 * its failure). A thousand verifications of credentials of one issuer arriving together fetch its status list once,
 * even when the list may not be cached. Nothing is kept after the load: that is the cache's job.
 */
final class SingleFlight<T> {

    private final Map<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();

    T load(String key, Supplier<T> loader) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            T value = loader.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private static <T> T await(CompletableFuture<T> load) {
        try {
            return load.join(); // the loader's own time limit bounds the wait
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    int running() {
        return running.size();
    }
}
