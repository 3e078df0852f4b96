package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.verification.DidKeyResolver;

/** The processed contexts are shared between threads: signing and verifying in parallel gives the same results. */
class ConcurrencyTest {

    @Test
    void parallelSignaturesAreAllTheVectorsAndAllVerify() throws Exception {
        DataIntegrityProofs proofs = new DataIntegrityProofs();
        String expected = Vector.json("signed.json").getJsonObject("proof").getString("proofValue");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    String signed = proofs.sign(Vector.unsigned(), Vector.seed(), Vector.verificationMethod(),
                            Vector.CREATED);
                    assertTrue(proofs.verify(signed, new DidKeyResolver()).valid());
                    return CredentialJson.parse(signed).getJsonObject("proof").getString("proofValue");
                }));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
