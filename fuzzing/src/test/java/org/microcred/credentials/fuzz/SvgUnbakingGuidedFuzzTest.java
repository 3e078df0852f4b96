package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.SvgBaking;
import org.microcred.credentials.fuzz.support.Bounded;

/**
 * Coverage-guided: any bytes into {@link SvgBaking#unbake} and {@link SvgBaking#bake}, as {@link SvgUnbakingFuzzTest}
 * does with seeded mutations (the JDK's StAX parser with DTDs refused, {@code SecureXml}). Every input ends in the
 * credential text or a documented refusal, within {@link Bounded#LIMIT}; a document that can be baked gives back
 * exactly the baked credential.
 */
class SvgUnbakingGuidedFuzzTest {

    private static final Set<String> REFUSALS = Set.of("no-credential", "unsafe-xml", "malformed-image", "too-large",
            "malformed-credential");

    @FuzzTest(maxDuration = "30s")
    void document(byte[] svg) {
        Bounded.run("svg", svg, this::documented, () -> SvgBaking.unbake(svg));
        Bounded.run("svg", svg, this::documented, () -> {
            byte[] baked = SvgBaking.bake(svg, FuzzKeys.BAKED_CREDENTIAL);
            assertEquals(FuzzKeys.BAKED_CREDENTIAL, SvgBaking.unbake(baked), "a baked image gives back its credential");
            return baked;
        });
    }

    private boolean documented(Throwable thrown) {
        return thrown instanceof CredentialException refused && REFUSALS.contains(refused.problem());
    }
}
