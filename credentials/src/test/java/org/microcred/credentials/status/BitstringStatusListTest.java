package org.microcred.credentials.status;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;

class BitstringStatusListTest {

    /** The all-zero 16 KiB list of the W3C Bitstring Status List v1.0 examples. */
    private static final String SPEC_EXAMPLE =
            "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void aNewListHas131072ClearEntriesAndEncodesExactlyAsTheSpecExample() {
        BitstringStatusList list = new BitstringStatusList();

        assertEquals(131_072, list.size());
        assertEquals(16_384, list.toBytes().length);
        assertFalse(list.get(0));
        assertFalse(list.get(131_071));
        assertEquals(SPEC_EXAMPLE, list.encode());
    }

    @Test
    void theSpecExampleDecodesToAnAllZeroList() {
        BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE);

        assertEquals(131_072, list.size());
        assertArrayEquals(new byte[16_384], list.toBytes());
    }

    @Test
    void indexZeroIsTheLeftMostBitOfTheFirstByte() {
        BitstringStatusList list = new BitstringStatusList();
        for (int index : new int[] {0, 7, 8, 131_071}) {
            list.set(index, true);
        }

        byte[] bytes = list.toBytes();
        assertEquals((byte) 0x81, bytes[0]);
        assertEquals((byte) 0x80, bytes[1]);
        assertEquals((byte) 0x01, bytes[16_383]);
        assertEquals(3, countSetBytes(bytes));
        assertTrue(list.get(7));
        assertFalse(list.get(1));
        assertFalse(list.get(6));
        assertFalse(list.get(9));
        assertFalse(list.get(131_070));
    }

    @Test
    void setBitsSurviveEncodeAndDecodeAndCanBeCleared() {
        BitstringStatusList list = new BitstringStatusList();
        list.set(0, true);
        list.set(94_567, true);
        list.set(131_071, true);

        BitstringStatusList back = BitstringStatusList.decode(list.encode());
        assertArrayEquals(list.toBytes(), back.toBytes());
        assertTrue(back.get(94_567));
        back.set(94_567, false);
        assertFalse(back.get(94_567));
        assertTrue(back.get(0));
    }

    @Test
    void anIndexOutsideTheListIsRefused() {
        BitstringStatusList list = new BitstringStatusList();

        assertEquals("invalid-status-index", assertThrows(CredentialException.class,
                () -> list.get(131_072)).problem());
        assertEquals("invalid-status-index", assertThrows(CredentialException.class,
                () -> list.set(-1, true)).problem());
    }

    @Test
    void aGzipBombIsRefusedAtTheDecompressedCap() throws IOException {
        // 17 MiB of zeros compress to about 17 KB: small to send, large to expand.
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(gzip(new byte[17 * 1024 * 1024]));
        assertTrue(bomb.length() < 40_000);

        CredentialException e = assertThrows(CredentialException.class, () -> BitstringStatusList.decode(bomb));
        assertEquals("invalid-status-list", e.problem());
    }

    @Test
    void aListShorterThanTheSpecMinimumIsRefused() throws IOException {
        String small = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[1024]));

        assertEquals("invalid-status-list", assertThrows(CredentialException.class,
                () -> BitstringStatusList.decode(small)).problem());
    }

    @Test
    void encodingsThatAreNotMultibaseBase64urlGzipAreRefused() {
        for (String bad : new String[] {null, "", "H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA",
                "u!!!", "u" + Base64.getUrlEncoder().encodeToString("not gzip".getBytes())}) {
            assertEquals("invalid-status-list", assertThrows(CredentialException.class,
                    () -> BitstringStatusList.decode(bad)).problem(), "for " + bad);
        }
    }

    @Test
    void aListSmallerThanTheMinimumCannotBeCreated() {
        assertThrows(IllegalArgumentException.class, () -> new BitstringStatusList(1024));
        assertEquals(262_144, new BitstringStatusList(262_144).size());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static int countSetBytes(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            count += b != 0 ? 1 : 0;
        }
        return count;
    }
}
