package org.microcred.credentials.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexPermutationTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Every slot of the list is given out exactly once, so no two credentials ever share a bit. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 1000, 4096, BitstringStatusList.MIN_ENTRIES})
    void everyPositionGetsADistinctIndexInsideTheList(int size) {
        IndexPermutation permutation = new IndexPermutation(key(), size);
        BitSet taken = new BitSet(size);
        for (int position = 0; position < size; position++) {
            int index = permutation.apply(position);
            assertTrue(index >= 0 && index < size, "index " + index + " outside a list of " + size);
            assertTrue(!taken.get(index), "index " + index + " given twice");
            taken.set(index);
        }
        assertEquals(size, taken.cardinality());
    }

    @Test
    void theSameKeyGivesTheSameOrderAndAnotherKeyAnother() {
        byte[] key = key();
        int[] first = order(new IndexPermutation(key, BitstringStatusList.MIN_ENTRIES), 50);
        int[] again = order(new IndexPermutation(key.clone(), BitstringStatusList.MIN_ENTRIES), 50);
        int[] other = order(new IndexPermutation(key(), BitstringStatusList.MIN_ENTRIES), 50);

        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(again));
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(other));
    }

    /** Credentials issued one after another land far apart, in no order: the index does not date them. */
    @Test
    void consecutiveCredentialsAreScatteredOverTheList() {
        int[] indexes = order(new IndexPermutation(key(), BitstringStatusList.MIN_ENTRIES), 1000);

        long ascendingSteps = IntStream.range(1, indexes.length).filter(i -> indexes[i] > indexes[i - 1]).count();
        // About half the steps go up in a random order; a counter would make all 999 go up.
        assertTrue(ascendingSteps > 400 && ascendingSteps < 600, "ascending steps: " + ascendingSteps);
        long inFirstTenth = IntStream.of(indexes).filter(i -> i < BitstringStatusList.MIN_ENTRIES / 10).count();
        assertTrue(inFirstTenth > 50 && inFirstTenth < 150, "in the first tenth of the list: " + inFirstTenth);
    }

    @Test
    void positionsOutsideTheListAndBadKeysAreRefused() {
        IndexPermutation permutation = new IndexPermutation(key(), 10);
        assertThrows(IndexOutOfBoundsException.class, () -> permutation.apply(10));
        assertThrows(IndexOutOfBoundsException.class, () -> permutation.apply(-1));
        assertThrows(IllegalArgumentException.class, () -> new IndexPermutation(new byte[16], 10));
        assertThrows(IllegalArgumentException.class, () -> new IndexPermutation(key(), 1));
    }

    private static int[] order(IndexPermutation permutation, int count) {
        return IntStream.range(0, count).map(permutation::apply).toArray();
    }

    private static byte[] key() {
        byte[] key = new byte[IndexPermutation.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }
}
