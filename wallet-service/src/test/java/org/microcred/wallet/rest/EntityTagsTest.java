package org.microcred.wallet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String DOC = "{\"id\":\"urn:uuid:1\"}";

    @Test
    void aTagIsAQuotedSha256OfEverythingTheAnswerSays() {
        String tag = EntityTags.of(DOC, "application/json", "ACTIVE", null, null);
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{43}\""), tag);
        assertEquals(tag, EntityTags.of(DOC, "application/json", "ACTIVE", null, null));
    }

    @Test
    void theTagChangesWithTheBodyTheFormAndTheStatusHeaders() {
        String active = EntityTags.of(DOC, "application/json", "ACTIVE", null, null);
        assertNotEquals(active, EntityTags.of(DOC + " ", "application/json", "ACTIVE", null, null));
        assertNotEquals(active, EntityTags.of(DOC, "application/vc+jwt", "ACTIVE", null, null));
        assertNotEquals(active, EntityTags.of(DOC, "application/json", "REVOKED", "2026-01-01T00:00:00Z", null));
        assertNotEquals(EntityTags.of(DOC, "application/json", "SUSPENDED", "2026-01-01T00:00:00Z", "a"),
                EntityTags.of(DOC, "application/json", "SUSPENDED", "2026-01-01T00:00:00Z", "b"));
    }

    @Test
    void partsCannotRunIntoEachOther() {
        assertNotEquals(EntityTags.of("x", "ab", "c"), EntityTags.of("x", "a", "bc"));
    }

    @Test
    void ifNoneMatchHitsTheTagInAListAStarOrAWeakForm() {
        String tag = EntityTags.of(DOC, "application/json");
        assertTrue(EntityTags.noneMatchHits(tag, tag));
        assertTrue(EntityTags.noneMatchHits("\"other\", " + tag, tag));
        assertTrue(EntityTags.noneMatchHits("\"other\"," + tag + ",\"third\"", tag));
        assertTrue(EntityTags.noneMatchHits("*", tag));
        assertTrue(EntityTags.noneMatchHits("W/" + tag, tag));
    }

    @Test
    void ifNoneMatchMissesAnotherTagOrNone() {
        String tag = EntityTags.of(DOC, "application/json");
        assertFalse(EntityTags.noneMatchHits(null, tag));
        assertFalse(EntityTags.noneMatchHits("", tag));
        assertFalse(EntityTags.noneMatchHits("\"other\"", tag));
        // The tag without its quotes is not the tag.
        assertFalse(EntityTags.noneMatchHits(tag.substring(1, tag.length() - 1), tag));
    }
}
