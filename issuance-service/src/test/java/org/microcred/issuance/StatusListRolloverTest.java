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
 * Revocation slots are given out in each list's secret pseudorandom order, a full list is followed by the next one,
 * and a credential's suspension slot is its revocation slot's twin: same list number, same index (the credential
 * states only its revocation entry). The counter of a fresh tenant's lists is moved to their last slot, rather than
 * issuing 131,072 credentials.
 */
@Tag("servers")
@QuarkusTest
class StatusListRolloverTest {

    @Test
    void whenAListIsFullTheNextCredentialOpensListTwoOfBothPurposes() {
        String tenant = "rollover-" + UUID.randomUUID().toString().substring(0, 8);
        Awards awards = new Awards(tenant, "Rollover");
        awards.publishCatalogue();
        issue(awards, 1);
        assertEquals(1L, credentialsAt(tenant, 1, slot(tenant, 1, 0)),
                "the first credential takes the first slot of the revocation list's secret order, and its twin");
        assertEquals(1, Db.update("UPDATE status_list SET next_index = size - 1 WHERE tenant_id = '" + tenant
                + "' AND purpose = 'REVOCATION'"));

        issue(awards, 2);
        assertEquals(1L, credentialsAt(tenant, 1, slot(tenant, 1, StatusList.SIZE - 1)), "the last slot of list 1");
        issue(awards, 3);
        assertEquals(1L, credentialsAt(tenant, 2, slot(tenant, 2, 0)), "the first slot of list 2");

        for (String purpose : new String[] {"revocation", "suspension"}) {
            given().get("/api/v1/status-lists/" + tenant + "/" + purpose + "/2").then().statusCode(200)
                    .body("credentialSubject.statusPurpose", equalTo(purpose));
        }
        given().get("/api/v1/status-lists/" + tenant + "/revocation/3").then().statusCode(404);
    }

    @Test
    void revocationIndexesAreScatteredAndTheSuspensionSlotIsTheirTwin() {
        String tenant = "scatter-" + UUID.randomUUID().toString().substring(0, 8);
        Awards awards = new Awards(tenant, "Scattered");
        awards.publishCatalogue();
        issue(awards, 1);
        issue(awards, 2);

        List<Object[]> credentials = Db.rows("SELECT revocation_list, revocation_index, suspension_list,"
                + " suspension_index FROM issued_credential WHERE tenant_id = '" + tenant + "'");
        for (Object[] credential : credentials) {
            assertEquals(List.of(credential[0], credential[1]), List.of(credential[2], credential[3]));
        }
        assertNotEquals(1, ((Number) credentials.get(0)[1]).intValue() + ((Number) credentials.get(1)[1]).intValue(),
                "not the counter's slots 0 and 1");
        assertEquals(0L, Db.count("SELECT next_index FROM status_list WHERE tenant_id = '" + tenant
                + "' AND purpose = 'SUSPENSION'"), "the suspension list's own counter gives out nothing");
    }

    /**
     * A credential issued before pairing holds a suspension slot of its own; the revocation slot whose twin that is
     * is passed over, so no two credentials ever share a suspension bit.
     */
    @Test
    void aRevocationSlotWhoseTwinAnOlderCredentialHoldsIsPassedOver() {
        String tenant = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
        Awards awards = new Awards(tenant, "Legacy slots");
        awards.publishCatalogue();
        issue(awards, 1);
        // Make the first credential look issued before pairing: its own suspension slot, the twin of the revocation
        // list's next slot, given out by the suspension list's counter.
        int nextRevocation = slot(tenant, 1, 1);
        assertEquals(1, Db.update("UPDATE issued_credential SET suspension_index = " + nextRevocation
                + " WHERE tenant_id = '" + tenant + "'"));
        assertEquals(1, Db.update("UPDATE status_list SET next_index = 1 WHERE tenant_id = '" + tenant
                + "' AND purpose = 'SUSPENSION'"));

        issue(awards, 2);
        assertEquals(0L, Db.count("SELECT count(*) FROM issued_credential WHERE tenant_id = '" + tenant
                + "' AND revocation_index = " + nextRevocation), "the slot whose twin is taken is passed over");
        assertEquals(1L, credentialsAt(tenant, 1, slot(tenant, 1, 2)), "the next one is taken, with its twin");
    }

    /** Credentials whose revocation AND suspension slot are list {@code list}, index {@code index}. */
    private static long credentialsAt(String tenant, int list, int index) {
        return Db.count("SELECT count(*) FROM issued_credential WHERE tenant_id = '" + tenant
                + "' AND revocation_list = " + list + " AND revocation_index = " + index
                + " AND suspension_list = " + list + " AND suspension_index = " + index);
    }

    /** The index the {@code position}-th credential of a revocation list gets, from the list's stored key. */
    private static int slot(String tenant, int list, int position) {
        List<Object[]> rows = Db.rows("SELECT encode(index_key, 'hex'), size FROM status_list WHERE tenant_id = '"
                + tenant + "' AND purpose = 'REVOCATION' AND list_number = " + list);
        assertEquals(1, rows.size(), "revocation list " + list);
        byte[] key = HexFormat.of().parseHex((String) rows.get(0)[0]);
        return new IndexPermutation(key, ((Number) rows.get(0)[1]).intValue()).apply(position);
    }

    private static void issue(Awards awards, long expectedCount) {
        awards.publish(awards.decided(UUID.randomUUID(), Decision.AWARD));
        await().atMost(Duration.ofSeconds(45)).until(() -> Db.count("SELECT count(*) FROM issued_credential"
                + " WHERE tenant_id = '" + awards.tenant + "'") == expectedCount);
    }
}
