package org.microcred.issuance.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A service without a usable master key refuses to start, and says what to set. */
class MasterKeyTest {

    @Test
    void aMissingKeyNamesTheVariable() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> MasterKey.parse(null));
        assertTrue(missing.getMessage().startsWith("MICROCRED_MASTER_KEY is not set"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> MasterKey.parse("  "));
    }

    @Test
    void aKeyThatIsNotBase64OrNot32BytesIsRefused() {
        assertTrue(assertThrows(IllegalStateException.class, () -> MasterKey.parse("not base64!"))
                .getMessage().contains("base64"));
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(assertThrows(IllegalStateException.class, () -> MasterKey.parse(short16))
                .getMessage().contains("32 bytes"));
    }

    @Test
    void thirtyTwoBytesOfBase64AreTheKey() {
        byte[] key = new byte[32];
        key[0] = 7;
        assertEquals(7, MasterKey.parse(" " + Base64.getEncoder().encodeToString(key) + "\n")[0]);
    }
}
