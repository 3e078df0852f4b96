package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.PngBaking;
import org.microcred.credentials.fuzz.support.Bounded;

/**
 * Coverage-guided: any bytes into {@link PngBaking#unbake} and {@link PngBaking#bake}, as {@link PngUnbakingFuzzTest}
 * does with seeded mutations (without its CRC repair: Jazzer's comparison tracing finds the CRC the parser compares
 * against). Every input ends in the credential text or a documented refusal, within {@link Bounded#LIMIT}; an image
 * that can be baked gives back exactly the baked credential.
 */
class PngUnbakingGuidedFuzzTest {

    private static final Set<String> REFUSALS = Set.of("no-credential", "malformed-image", "too-large",
            "malformed-credential");

    @FuzzTest(maxDuration = "30s")
    void image(byte[] image) {
        Bounded.run("png", image, this::documented, () -> PngBaking.unbake(image));
        Bounded.run("png", image, this::documented, () -> {
            byte[] baked = PngBaking.bake(image, FuzzKeys.BAKED_CREDENTIAL);
            assertEquals(FuzzKeys.BAKED_CREDENTIAL, PngBaking.unbake(baked), "a baked image gives back its credential");
            return baked;
        });
    }

    private boolean documented(Throwable thrown) {
        return thrown instanceof CredentialException refused && REFUSALS.contains(refused.problem());
    }
}
