package org.microcred.enrolment.pathway.rest;

import org.microcred.enrolment.rest.Approvals;
import static io.restassured.RestAssured.given;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.testing.Tokens;

/** Pathways made through the API. */
public final class PathwayFixture {

    private PathwayFixture() {
    }

    public static Map<String, Object> allOf(Object... items) {
        return Map.of("kind", "allOf", "items", List.of(items));
    }

    public static Map<String, Object> atLeast(int min, Object... items) {
        return Map.of("kind", "atLeast", "min", min, "items", List.of(items));
    }

    public static Map<String, Object> achievement(UUID id) {
        return Map.of("achievementId", id.toString());
    }

    public static Map<String, Object> pathway(UUID id) {
        return Map.of("pathwayId", id.toString());
    }

    public static Map<String, Object> body(String name, Map<String, Object> rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Stacks data skills.");
        body.put("criteriaNarrative", "Earn the listed micro-credentials.");
        body.put("rule", rule);
        return body;
    }

    public static UUID draft(String admin, String name, Map<String, Object> rule) {
        return UUID.fromString(given().auth().oauth2(Tokens.user(admin)).contentType(ContentType.JSON)
                .body(body(name, rule)).post("/api/v1/pathways")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID published(String admin, String name, Map<String, Object> rule) {
        UUID id = draft(admin, name, rule);
        Approvals.publish(Tokens.user(admin), "/api/v1/pathways/" + id).then().statusCode(200);
        return id;
    }

    /**
     * Every pathway id the user's list shows (of {@code status}, or the default), all pages: the
     * test database keeps the pathways of earlier runs, more than one page of them.
     */
    public static List<String> listed(String user, String status) {
        List<String> all = new java.util.ArrayList<>();
        int total;
        do {
            var request = given().auth().oauth2(Tokens.user(user)).queryParam("limit", 100)
                    .queryParam("offset", all.size());
            if (status != null) {
                request.queryParam("status", status);
            }
            var page = request.get("/api/v1/pathways").then().statusCode(200).extract();
            List<String> items = page.path("items.id");
            total = page.path("total");
            all.addAll(items);
            if (items.isEmpty()) {
                break;
            }
        } while (all.size() < total && all.size() <= 10_000);
        return all;
    }

    public static List<String> ids(UUID... ids) {
        return Arrays.stream(ids).map(UUID::toString).toList();
    }

    /** How many times the pathway was completed for the earner (its events in the outbox). */
    public static long completionsOf(UUID pathwayId, String earner) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("SELECT count(*) FROM outbox_event"
                            + " WHERE event_type = 'enrolment.pathway.completed'"
                            + " AND record_key = '" + pathwayId + ":" + earner + "'", Long.class)
                    .getSingleResult())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
