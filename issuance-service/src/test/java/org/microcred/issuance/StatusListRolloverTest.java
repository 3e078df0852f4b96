package org.microcred.issuance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.assessment.Decision;

/**
 * A full list is followed by the next one. The counter of a fresh tenant's lists is moved to their
 * last slot, rather than issuing 131,072 credentials.
 */
@QuarkusTest
class StatusListRolloverTest {

    @Test
    void whenAListIsFullTheNextCredentialOpensListTwo() {
        String tenant = "rollover-" + UUID.randomUUID().toString().substring(0, 8);
        Awards awards = new Awards(tenant, "Rollover");
        awards.publishCatalogue();
        issue(awards, 1);
        assertEquals(2, Db.update("UPDATE status_list SET next_index = size - 1 WHERE tenant_id = '" + tenant + "'"));

        issue(awards, 2);
        assertEquals(1L, Db.count("SELECT count(*) FROM issued_credential WHERE tenant_id = '" + tenant
                + "' AND revocation_list = 1 AND revocation_index = 131071 AND suspension_list = 1"
                + " AND suspension_index = 131071"), "the last slot of list 1");
        issue(awards, 3);
        assertEquals(1L, Db.count("SELECT count(*) FROM issued_credential WHERE tenant_id = '" + tenant
                + "' AND revocation_list = 2 AND revocation_index = 0 AND suspension_list = 2"
                + " AND suspension_index = 0"), "the first slot of list 2");

        for (String purpose : new String[] {"revocation", "suspension"}) {
            given().get("/api/v1/status-lists/" + tenant + "/" + purpose + "/2").then().statusCode(200)
                    .body("credentialSubject.statusPurpose", equalTo(purpose));
        }
        given().get("/api/v1/status-lists/" + tenant + "/revocation/3").then().statusCode(404);
    }

    private static void issue(Awards awards, long expectedCount) {
        awards.publish(awards.decided(UUID.randomUUID(), Decision.AWARD));
        await().atMost(Duration.ofSeconds(45)).until(() -> Db.count("SELECT count(*) FROM issued_credential"
                + " WHERE tenant_id = '" + awards.tenant + "'") == expectedCount);
    }
}
