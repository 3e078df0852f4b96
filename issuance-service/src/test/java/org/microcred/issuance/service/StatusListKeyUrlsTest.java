package org.microcred.issuance.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;

/** Status lists signed when proofs named {@code <issuerId>#<keyId>} are signed again under the key URL. */
@Tag("servers")
@QuarkusTest
class StatusListKeyUrlsTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    @Inject
    StatusListKeyUrls keyUrls;

    @Test
    void aListNamingAFragmentIdIsSignedAgainUnderTheKeyUrlOnce() throws Throwable {
        UUID credentialId = new Awards("southport", "Key URLs").issue("sp-admin");
        String url = JsonPath.from(Awards.document("sp-admin", credentialId))
                .getString("credentialStatus.statusListCredential");
        // As it was stored before key URLs: the same document, its proof naming <issuerId>#<keyId>.
        int legacy = Db.update("update status_list set document = replace(document, '/keys/', '#')"
                + " where tenant_id = 'southport' and document like '%/keys/%'");
        assertTrue(legacy >= 1);
        assertTrue(StatusListKeyUrls.namesFragmentId(served(url)));

        // At least these (lists a test database kept from before key URLs are signed again too).
        assertTrue(VertxContextSupport.<Integer>subscribeAndAwait(keyUrls::resignFragmentIds) >= legacy);

        String list = served(url);
        assertFalse(StatusListKeyUrls.namesFragmentId(list));
        ProofCheck check = PROOFS.verify(list, new ProfileResolver());
        assertTrue(check.valid(), check.reason());
        assertTrue(check.verificationMethod().contains("/api/v1/issuers/southport/keys/key-"),
                check.verificationMethod());
        assertEquals(0, VertxContextSupport.<Integer>subscribeAndAwait(keyUrls::resignFragmentIds),
                "nothing left to sign again");
    }

    @Test
    void aListAlreadySignedUnderItsKeyUrlIsNotSignedAgain() throws Throwable {
        UUID credentialId = new Awards("northbridge", "Key URLs kept").issue("nb-admin");
        String url = JsonPath.from(Awards.document("nb-admin", credentialId))
                .getString("credentialStatus.statusListCredential");
        String before = served(url);
        assertFalse(StatusListKeyUrls.namesFragmentId(before));
        String signedAt = signedAt(url);

        VertxContextSupport.<Integer>subscribeAndAwait(keyUrls::resignFragmentIds);

        // Signing again sets updated_at to its own time (and the proof's created, to the second): left alone, the
        // served bytes and the row's time are those of before.
        assertEquals(before, served(url));
        assertEquals(signedAt, signedAt(url));
    }

    private static String signedAt(String url) {
        List<Object[]> rows = Db.rows("select updated_at, signed_with from status_list where document like '%\"id\":\""
                + url + "\"%'");
        assertEquals(1, rows.size(), "the row of " + url);
        return String.valueOf(rows.get(0)[0]);
    }

    private static String served(String url) {
        return given().get(ProfileResolver.path(url)).then().statusCode(200).extract().asString();
    }
}
