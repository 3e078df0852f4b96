package org.microcred.wallet.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RawJsonTest {

    @Test
    void cutsTheMemberOutExactlyAsWritten() {
        String credential = "{\n  \"b\" : 1.10,\t\"a\": [ 1e3, \"SAFe® Zoë 日本語 \\u00e9\" ],\"c\":{}\n}";
        String message = "{\"type\":\"x\",\"payload\":{\"earnerId\":\"e\",\"credential\":" + credential
                + ",\"issuedAt\":\"2026-03-01T09:30:00Z\"},\"tail\":true}";
        assertEquals(credential, RawJson.member(message, "payload", "credential"));
    }

    @Test
    void skipsSiblingsThatContainTheSameName() {
        String message = "{\"other\":{\"credential\":{\"wrong\":1}},\"payload\":{\"nested\":{\"credential\":2},"
                + "\"credential\":{\"right\":1}}}";
        assertEquals("{\"right\":1}", RawJson.member(message, "payload", "credential"));
    }

    @Test
    void aScalarMemberIsCutToo() {
        assertEquals("\"Zoë\"", RawJson.member("{\"payload\":{\"credential\":\"Zoë\"}}", "payload", "credential"));
    }

    @Test
    void missingMembersAndNonJsonGiveNull() {
        assertNull(RawJson.member("{\"payload\":{}}", "payload", "credential"));
        assertNull(RawJson.member("{\"payload\":[]}", "payload", "credential"));
        assertNull(RawJson.member("[]", "payload", "credential"));
        assertNull(RawJson.member("{\"payload\":", "payload", "credential"));
    }
}
