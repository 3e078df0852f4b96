package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.events.EventCodec;
import org.microcred.events.Topics;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.Alignment;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** The optional descriptive fields of a micro-credential: limits, the view and the published event. */
@Tag("servers")
@QuarkusTest
class AchievementDetailsResourceTest {

    private static final Map<String, Object> ALIGNMENT = Map.of(
            "targetName", "Évaluer les apprentissages — 日本語",
            "targetUrl", "http://data.europa.eu/esco/skill/0b1e5c1d-0000-4000-8000-000000000001",
            "targetDescription", "Assess learners' progress.",
            "targetFramework", "ESCO",
            "targetCode", "S1.2.3",
            "targetType", "ext:ESCOSkill");

    static Map<String, Object> detailed(String name) {
        Map<String, Object> body = new HashMap<>(CatalogueFixture.definition(name));
        body.put("alignments", List.of(ALIGNMENT));
        body.put("creditsAvailable", 2.5);
        body.put("fieldOfStudy", "Education");
        body.put("humanCode", "FA-101");
        body.put("tags", List.of("assessment", "Zoë", "日本語"));
        body.put("imageUrl", "https://badges.example.org/fa-101.png");
        body.put("inLanguage", "pt-BR");
        body.put("level", "EQF 5");
        body.put("sizeHours", 12);
        body.put("validityDays", 730);
        return body;
    }

    @Test
    void theDescriptiveFieldsRoundTripAndThePublishedEventCarriesThem() {
        String name = "Detailed " + UUID.randomUUID();
        String admin = Tokens.user("nb-admin");
        UUID id = UUID.fromString(given().auth().oauth2(admin).contentType(ContentType.JSON).body(detailed(name))
                .post("/api/v1/achievements").then().statusCode(201).extract().path("id"));
        Approvals.publish(admin, "/api/v1/achievements/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200)
                .body("alignments[0].targetName", equalTo("Évaluer les apprentissages — 日本語"))
                .body("alignments[0].targetFramework", equalTo("ESCO"))
                .body("alignments[0].targetType", equalTo("ext:ESCOSkill"))
                .body("creditsAvailable", equalTo(2.5f))
                .body("fieldOfStudy", equalTo("Education"))
                .body("humanCode", equalTo("FA-101"))
                .body("tags", equalTo(List.of("assessment", "Zoë", "日本語")))
                .body("imageUrl", equalTo("https://badges.example.org/fa-101.png"))
                .body("inLanguage", equalTo("pt-BR"))
                .body("level", equalTo("EQF 5"))
                .body("sizeHours", equalTo(12))
                .body("validityDays", equalTo(730));

        AchievementPublished event = await().atMost(Duration.ofSeconds(30)).until(() -> published(id),
                Optional::isPresent).orElseThrow();
        assertEquals(List.of(new Alignment("Évaluer les apprentissages — 日本語", (String) ALIGNMENT.get("targetUrl"),
                "Assess learners' progress.", "ESCO", "S1.2.3", "ext:ESCOSkill")), event.alignments());
        assertEquals(0, new BigDecimal("2.5").compareTo(event.creditsAvailable()));
        assertEquals(List.of("assessment", "Zoë", "日本語"), event.tags());
        assertEquals("pt-BR", event.inLanguage());
        assertEquals(730, event.validityDays());
        assertEquals(12, event.sizeHours());
        assertEquals("EQF 5", event.level());
    }

    @Test
    void withoutTheOptionalFieldsTheyStayEmpty() {
        UUID id = CatalogueFixture.published("nb-admin", "Plain " + UUID.randomUUID());
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200)
                .body("validityDays", nullValue())
                .body("alignments", nullValue())
                .body("tags", nullValue());
    }

    static List<Arguments> badValues() {
        Map<String, Object> noName = new HashMap<>(ALIGNMENT);
        noName.remove("targetName");
        return List.of(
                Arguments.of("alignments", java.util.Collections.nCopies(21, ALIGNMENT), "alignments"),
                Arguments.of("alignments", List.of(noName), "alignments[0].targetName"),
                Arguments.of("alignments", List.of(CatalogueFixture.with(ALIGNMENT, "targetUrl", "ftp://x.org/a")), "alignments[0].targetUrl"),
                Arguments.of("alignments", List.of(CatalogueFixture.with(ALIGNMENT, "targetUrl", "/relative")), "alignments[0].targetUrl"),
                Arguments.of("alignments", List.of(CatalogueFixture.with(ALIGNMENT, "targetFramework", "x".repeat(101))),
                        "alignments[0].targetFramework"),
                Arguments.of("alignments", List.of(CatalogueFixture.with(ALIGNMENT, "targetType", "Skill")), "alignments[0].targetType"),
                Arguments.of("alignments", List.of(CatalogueFixture.with(ALIGNMENT, "targetDescription", "x".repeat(2001))),
                        "alignments[0].targetDescription"),
                Arguments.of("creditsAvailable", 1000.01, "creditsAvailable"),
                Arguments.of("creditsAvailable", -1, "creditsAvailable"),
                Arguments.of("creditsAvailable", 1.234, "creditsAvailable"),
                Arguments.of("fieldOfStudy", "x".repeat(201), "fieldOfStudy"),
                Arguments.of("humanCode", "x".repeat(51), "humanCode"),
                Arguments.of("tags", java.util.Collections.nCopies(21, "t"), "tags"),
                Arguments.of("tags", List.of("x".repeat(51)), "tags[0]"),
                Arguments.of("tags", List.of(""), "tags[0]"),
                Arguments.of("imageUrl", "javascript:alert(1)", "imageUrl"),
                Arguments.of("imageUrl", "https://exa mple.org/a.png", "imageUrl"),
                Arguments.of("inLanguage", "english", "inLanguage"),
                Arguments.of("inLanguage", "pt_BR", "inLanguage"),
                Arguments.of("level", "x".repeat(51), "level"),
                Arguments.of("sizeHours", 0, "sizeHours"),
                Arguments.of("sizeHours", 101, "sizeHours"),
                Arguments.of("validityDays", 0, "validityDays"),
                Arguments.of("validityDays", 3651, "validityDays"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {2}")
    @MethodSource("badValues")
    void badValuesAreA400NamingTheField(String field, Object value, String named) {
        Map<String, Object> body = detailed("Bad " + field);
        body.put(field, value);
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/achievements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/validation"))
                .body("errors.field", hasItem(startsWith(named)));
    }

    private static Optional<AchievementPublished> published(UUID id) {
        return TestKafka.readToEnd("test." + Topics.CATALOGUE).stream()
                .filter(r -> r.key().startsWith(id + ":"))
                .map(r -> (AchievementPublished) EventCodec.decode(r.value()).payload())
                .findFirst();
    }
}
