package org.microcred.wallet.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/**
 * Keyset paging of the credential and share lists: every row once, in order, the next page in {@code Link}, and
 * pages that do not shift when rows arrive in between. Each test pages through rows of its own: credentials of one
 * enrolment it makes up (the filter carries over into the next page's address), or the links of one credential.
 */
@Tag("servers")
@QuarkusTest
class WalletPagingTest {

    private static final String EARNER = "nb-earner";
    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

    /** A credential of the given enrolment issued at the given time, delivered as issuance does. */
    private static UUID delivered(UUID enrolmentId, String name, Instant issuedAt) {
        UUID credentialId = UUID.randomUUID();
        ObjectNode document = WalletFixture.document(credentialId, name);
        CredentialIssued payload = new CredentialIssued(credentialId, enrolmentId, UUID.randomUUID(),
                UUID.randomUUID(), 1, Tokens.claim(EARNER, "sub"), name, document, issuedAt, null, null,
                document.toString());
        WalletFixture.publish(EventEnvelope.wrap(payload, Tokens.claim(EARNER, "tenant"), credentialId.toString(),
                Instant.now(), null));
        // Awaited in its enrolment's list: issued in the past, it may be beyond the first page of the whole wallet.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials?limit=200&enrolmentId=" + enrolmentId)
                .then().statusCode(200).body("id", hasItem(credentialId.toString())));
        return credentialId;
    }

    private static Response get(String path) {
        return given().auth().oauth2(Tokens.user(EARNER)).get(path).then().statusCode(200).extract().response();
    }

    /** The next page's path from a Link header, or null when there is none. */
    private static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        assertTrue(matcher.matches(), link);
        return matcher.group(1);
    }

    @Test
    void fiveCredentialsInPagesOfTwoComeOnceEachNewestFirstAndAnArrivalDoesNotShiftThem() {
        UUID enrolment = UUID.randomUUID();
        Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        List<UUID> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, delivered(enrolment, "Paged " + i, base.plusSeconds(i)));
        }

        Response first = get("/api/v1/wallet/credentials?enrolmentId=" + enrolment + "&limit=2");
        assertEquals(newestFirst.subList(0, 2).stream().map(UUID::toString).toList(), first.jsonPath().getList("id"));
        String second = next(first);
        assertTrue(second.startsWith("/api/v1/wallet/credentials?"), second);
        assertTrue(second.contains("enrolmentId=" + enrolment) && second.contains("limit=2"), second);

        // A credential arrives between pages, newer than all: the later pages stay what they were.
        UUID arrived = delivered(enrolment, "Arrived between pages", Instant.now());

        Response page2 = get(second);
        assertEquals(newestFirst.subList(2, 4).stream().map(UUID::toString).toList(), page2.jsonPath().getList("id"));
        Response page3 = get(next(page2));
        assertEquals(List.of(newestFirst.get(4).toString()), page3.jsonPath().getList("id"));
        assertNull(next(page3), "the last page has no next");

        // Starting again, the newcomer leads.
        assertEquals(arrived.toString(), get("/api/v1/wallet/credentials?enrolmentId=" + enrolment + "&limit=2")
                .jsonPath().getString("[0].id"));
    }

    @Test
    void aPageThatHoldsEverythingHasNoNext() {
        UUID enrolment = UUID.randomUUID();
        delivered(enrolment, "Only one", Instant.now());
        assertNull(next(get("/api/v1/wallet/credentials?enrolmentId=" + enrolment + "&limit=2")));
        assertNull(next(get("/api/v1/wallet/credentials?enrolmentId=" + enrolment + "&limit=1")));
    }

    @Test
    void shareLinksPageTheSameWay() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Shared five times");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, given().auth().oauth2(Tokens.user(EARNER)).contentType("application/json")
                    .body(Map.of()).post("/api/v1/wallet/credentials/" + issued.credentialId() + "/shares")
                    .then().statusCode(201).extract().path("shareId"));
        }
        List<String> seen = new ArrayList<>();
        String page = "/api/v1/wallet/shares?credentialId=" + issued.credentialId() + "&limit=2";
        while (page != null) {
            Response answer = get(page);
            List<String> ids = answer.jsonPath().getList("shareId");
            assertTrue(ids.size() <= 2, page);
            seen.addAll(ids);
            page = next(answer);
        }
        assertEquals(newestFirst, seen);
    }

    @Test
    void aCursorThisApiDidNotGiveIs400() {
        for (String path : List.of("/api/v1/wallet/credentials?cursor=AAAA", "/api/v1/wallet/credentials?cursor=%21%21",
                "/api/v1/wallet/shares?cursor=bm90LWEtY3Vyc29y")) {
            given().auth().oauth2(Tokens.user(EARNER)).get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://microcred.org/problems/bad-cursor"));
        }
    }
}
