package org.microcred.issuance.keys;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.issuance.Db;
import org.microcred.support.testing.Tokens;

/** What the database holds of a key: its public part in clear, its seed sealed, the master key nowhere. */
@Tag("servers")
@QuarkusTest
class SealedKeysAtRestTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theStoredSeedIsSealedAndOpensOnlyWithTheMasterKey() {
        String keyId = given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/issuer-keys/rotate")
                .then().statusCode(201).extract().path("keyId");
        Object[] row = Db.rows("SELECT encode(sealed_seed, 'hex'), encode(nonce, 'hex'), public_key_multibase"
                + " FROM issuer_key WHERE tenant_id = 'northbridge' AND key_id = '" + keyId + "'").get(0);
        SealedSeed sealed = new SealedSeed(HEX.parseHex((String) row[0]), HEX.parseHex((String) row[1]));
        byte[] master = Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue(MasterKey.PROPERTY, String.class));

        byte[] seed = new SeedCipher(master).open(sealed, "northbridge", keyId);
        assertEquals(32, seed.length);
        assertEquals(row[2], Ed25519Keys.publicKeyMultibase(Ed25519Keys.publicKey(seed)),
                "the sealed seed is the private half of the published key");
        assertFalse(HEX.formatHex(sealed.ciphertext()).contains(HEX.formatHex(seed)), "the seed is not in clear");
        byte[] otherMaster = new byte[32];
        new SecureRandom().nextBytes(otherMaster);
        assertThrows(KeyUnsealingException.class, () -> new SeedCipher(otherMaster).open(sealed, "northbridge", keyId));
    }

    @Test
    void theMasterKeyIsInNoColumnOfTheKeyTable() {
        given().auth().oauth2(Tokens.user("nb-admin")).post("/api/v1/issuer-keys/rotate").then().statusCode(201);
        String masterBase64 = ConfigProvider.getConfig().getValue(MasterKey.PROPERTY, String.class).trim();
        String masterHex = HEX.formatHex(Base64.getDecoder().decode(masterBase64));
        List<Object[]> rows = Db.rows("SELECT key_id, public_key_multibase, encode(sealed_seed, 'hex'),"
                + " encode(nonce, 'hex'), coalesce(compromise_reason, '') FROM issuer_key");
        for (Object[] row : rows) {
            for (Object column : row) {
                String text = String.valueOf(column);
                assertFalse(text.contains(masterBase64) || text.contains(masterHex), "master key in issuer_key");
            }
        }
    }
}
