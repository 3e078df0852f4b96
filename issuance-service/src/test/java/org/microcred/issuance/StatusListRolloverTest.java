package org.microcred.issuance;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.IndexPermutation;
import org.microcred.events.assessment.Decision;

/**
 * Slots are given out in each list's secret pseudorandom order, and a full list is followed by the
 * next one. The counter of a fresh tenant's lists is moved to their last slot, rather than issuing
 * 131,072 credentials.
 */
@Tag("servers")
@QuarkusTest
class StatusListRolloverTest {

    @Test
    void whenAListIsFullTheNextCredentialOpensListTwo() {
        String tenant = "rollover-" + UUID.randomUUID().toString().substring(0, 8);
        Awards awards = new Awards(tenant, "Rollover");
        awards.publishCatalogue();
        issue(awards, 1);
        assertEquals(1L, credentialsAt(tenant, 1, slot(tenant, "REVOCATION", 1, 0), slot(tenant, "SUSPENSION", 1, 0)),
                "the first credential takes the first slot of each list's secret order");
        assertEquals(2, Db.update("UPDATE status_list SET next_index = size - 1 WHERE tenant_id = '" + tenant + "'"));

        issue(awards, 2);
        assertEquals(1L, credentialsAt(tenant, 1, slot(tenant, "REVOCATION", 1, StatusList.SIZE - 1),
                slot(tenant, "SUSPENSION", 1, StatusList.SIZE - 1)), "the last slot of list 1");
        issue(awards, 3);
        assertEquals(1L, credentialsAt(tenant, 2, slot(tenant, "REVOCATION", 2, 0), slot(tenant, "SUSPENSION", 2, 0)),
                "the first slot of list 2");

        for (String purpose : new String[] {"revocation", "suspension"}) {
            given().get("/api/v1/status-lists/" + tenant + "/" + purpose + "/2").then().statusCode(200)
                    .body("credentialSubject.statusPurpose", equalTo(purpose));
        }
        given().get("/api/v1/status-lists/" + tenant + "/revocation/3").then().statusCode(404);
    }

    /** Indexes are scattered: list 1 and list 2, revocation and suspension, each has its own secret order. */
    @Test
    void eachListHasItsOwnSecretOrder() {
        String tenant = "scatter-" + UUID.randomUUID().toString().substring(0, 8);
        Awards awards = new Awards(tenant, "Scattered");
        awards.publishCatalogue();
        issue(awards, 1);

        List<Object[]> keys = Db.rows("SELECT purpose, encode(index_key, 'hex') FROM status_list WHERE tenant_id = '"
                + tenant + "' ORDER BY purpose");
        assertEquals(2, keys.size());
        assertNotEquals(keys.get(0)[1], keys.get(1)[1], "revocation and suspension lists have distinct keys");
        List<Object[]> credential = Db.rows("SELECT revocation_index, suspension_index FROM issued_credential"
                + " WHERE tenant_id = '" + tenant + "'");
        assertNotEquals(0, ((Number) credential.get(0)[0]).intValue() + ((Number) credential.get(0)[1]).intValue(),
                "not the counter's slot 0 on both lists");
    }

    private static long credentialsAt(String tenant, int list, int revocationIndex, int suspensionIndex) {
        return Db.count("SELECT count(*) FROM issued_credential WHERE tenant_id = '" + tenant
                + "' AND revocation_list = " + list + " AND revocation_index = " + revocationIndex
                + " AND suspension_list = " + list + " AND suspension_index = " + suspensionIndex);
    }

    /** The index the {@code position}-th credential of a list gets, from the list's stored key. */
    private static int slot(String tenant, String purpose, int list, int position) {
        List<Object[]> rows = Db.rows("SELECT encode(index_key, 'hex'), size FROM status_list WHERE tenant_id = '"
                + tenant + "' AND purpose = '" + purpose + "' AND list_number = " + list);
        assertEquals(1, rows.size(), purpose + " list " + list);
        byte[] key = HexFormat.of().parseHex((String) rows.get(0)[0]);
        return new IndexPermutation(key, ((Number) rows.get(0)[1]).intValue()).apply(position);
    }

    private static void issue(Awards awards, long expectedCount) {
        awards.publish(awards.decided(UUID.randomUUID(), Decision.AWARD));
        await().atMost(Duration.ofSeconds(45)).until(() -> Db.count("SELECT count(*) FROM issued_credential"
                + " WHERE tenant_id = '" + awards.tenant + "'") == expectedCount);
    }
}
