package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.DidKeyResolver;

/**
 * One budget of N-Quads and time for all the canonicalisations of one request: a proof set of many proofs (each
 * hashes the whole document again) runs out of it, and is stopped, where one proof fits.
 */
class CanonicalizationBudgetTest {

    private static final JsonProvider JSON = JsonProvider.provider();
    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void oneProofFitsAndCountsItsQuads() {
        CanonicalizationBudget budget = new CanonicalizationBudget(10_000, Duration.ofSeconds(5));
        assertTrue(budget.spend(() -> proofs.verify(Vector.signed(), new DidKeyResolver())).valid());
        assertTrue(budget.quadsUsed() > 10, "the document and its proof configuration were counted");
    }

    @Test
    void theQuadsOfEveryProofAreChargedToTheSameBudget() {
        CanonicalizationBudget one = new CanonicalizationBudget(10_000, Duration.ofSeconds(5));
        one.spend(() -> proofs.verify(Vector.signed(), new DidKeyResolver()));
        JsonObject threeProofs = withProofs(CredentialJson.parse(Vector.signed()), 3);

        // Room for two proofs' worth, not three: the third is refused while being read, not after.
        CanonicalizationBudget budget = new CanonicalizationBudget(2 * one.quadsUsed(), Duration.ofSeconds(5));
        CredentialException e = assertThrows(CredentialException.class,
                () -> budget.spend(() -> proofs.verify(threeProofs, new DidKeyResolver())));
        assertEquals(CanonicalizationBudget.TOO_COSTLY, e.problem());
        assertTrue(e.getMessage().contains("N-Quads"), e.getMessage());
    }

    @Test
    void oneDeadlineCoversEveryCanonicalisationOfTheRequest() {
        // A clock that moves 400 ms each time it is read: the budget of one second is spent by the second proof.
        AtomicLong now = new AtomicLong();
        CanonicalizationBudget budget = new CanonicalizationBudget(1_000_000, Duration.ofSeconds(1),
                () -> now.addAndGet(400_000_000L));
        JsonObject threeProofs = withProofs(CredentialJson.parse(Vector.signed()), 3);
        CredentialException e = assertThrows(CredentialException.class,
                () -> budget.spend(() -> proofs.verify(threeProofs, new DidKeyResolver())));
        assertEquals(CanonicalizationBudget.TOO_COSTLY, e.problem());
        assertTrue(e.getMessage().contains("1000 ms"), e.getMessage());
    }

    @Test
    void outsideItsScopeTheBudgetChargesNothing() {
        CanonicalizationBudget budget = new CanonicalizationBudget(1, Duration.ofSeconds(1));
        budget.spend(() -> null);
        assertTrue(proofs.verify(Vector.signed(), new DidKeyResolver()).valid(), "no budget in force any more");
        assertEquals(0, budget.quadsUsed());
    }

    /** The credential with its one proof repeated {@code count} times (a proof set of identical proofs). */
    private static JsonObject withProofs(JsonObject signed, int count) {
        var array = JSON.createArrayBuilder();
        JsonObject proof = signed.get("proof").getValueType() == jakarta.json.JsonValue.ValueType.ARRAY
                ? signed.getJsonArray("proof").getJsonObject(0) : signed.getJsonObject("proof");
        for (int i = 0; i < count; i++) {
            array.add(proof);
        }
        return JSON.createObjectBuilder(signed).add("proof", array).build();
    }
}
