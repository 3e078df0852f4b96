package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.PngBaking;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;

/**
 * PNG unbaking (wallet-service's {@code POST /api/v1/verify/baked}) and baking: any bytes end in the credential text or
 * one of the refusals {@link PngBaking} documents, within {@link Bounded#LIMIT}; an image that can be baked gives back
 * exactly the baked credential. Half the mutated images get their chunk CRCs recomputed, so that mutations reach the
 * chunk contents instead of all stopping at the first CRC.
 */
class PngUnbakingFuzzTest {

    static final String TARGET = "png";
    private static final Corpus CORPUS = Corpus.of("/org/microcred/credentials/fuzz/" + TARGET);
    private static final Set<String> REFUSALS = Set.of("no-credential", "malformed-image", "too-large",
            "malformed-credential");
    private static final List<String> CHUNKS = List.of("IHDR", "IDAT", "IEND", "iTXt", "tEXt", "zTXt",
            "openbadgecredential\0", "openbadgecredential\0\1\0", "\0\0\0\0", "\u0089PNG\r\n\u001a\n", "x\u009c");

    @Test
    void anyImageIsUnbakedOrRefused() {
        Mutator mutator = Mutator.of(CORPUS.seeds(), CHUNKS);
        FuzzRun.check(TARGET, (Random random) -> {
            byte[] image = mutator.bytes(random);
            return random.nextBoolean() ? withChunkCrcsFixed(image) : image;
        }, this::unbakeAndBake);
    }

    @Test
    void seedsAndRegressionInputsAreUnbakedOrRefused() {
        for (Path input : CORPUS.replays()) {
            unbakeAndBake(Corpus.read(input));
        }
    }

    private void unbakeAndBake(byte[] image) {
        Bounded.run(TARGET, image, this::documented, () -> PngBaking.unbake(image));
        Bounded.run(TARGET, image, this::documented, () -> {
            byte[] baked = PngBaking.bake(image, FuzzKeys.BAKED_CREDENTIAL);
            assertEquals(FuzzKeys.BAKED_CREDENTIAL, PngBaking.unbake(baked), "a baked image gives back its credential");
            return baked;
        });
    }

    private boolean documented(Throwable thrown) {
        return thrown instanceof CredentialException refused && REFUSALS.contains(refused.problem());
    }

    /** The image with the CRC of every chunk that fits recomputed; the rest left as it is. */
    private static byte[] withChunkCrcsFixed(byte[] image) {
        byte[] fixed = image.clone();
        ByteBuffer in = ByteBuffer.wrap(fixed);
        int at = 8;
        while (at + 12 <= fixed.length) {
            int length = in.getInt(at);
            if (length < 0 || length > fixed.length - at - 12) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(fixed, at + 4, 4 + length);
            in.putInt(at + 8 + length, (int) crc.getValue());
            at += 12 + length;
        }
        return fixed;
    }
}
