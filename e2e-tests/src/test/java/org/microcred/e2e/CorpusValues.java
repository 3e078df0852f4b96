package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** The bad values the corpus draws from: strings, JSON values of the wrong type, texts that are not JSON. */
final class CorpusValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CorpusValues() {
    }

    /**
     * Strings that have broken parsers and databases: control characters (NUL first of all), lone
     * surrogates (sent as the escapes {@code \ud800}), a BOM, right-to-left overrides, stacked
     * combining marks, 4-byte emoji and ZWJ sequences, noncharacters, injections, and lengths around
     * the limits the services document (an answer holds 20,000 characters, a reason 1,000).
     */
    static final List<String> STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0001\u0002\u001f", "\u007f", "\u0085\u009f", "\t\r\n", "\u2028\u2029",
            "\ud800", "\udc00", "x\ud800y", "\udbff\udfff", "\ud83d", "\ufeffbom", "\u202eevil\u202c.pdf",
            "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "e\u0301\u0302\u0303\u0304".repeat(200),
            "\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66",
            "\ud835\udd73\ud835\udd8a", "\u200b", "\ufffe\uffff", "\ufdd0", "\uff21\uff44\uff4d\uff49\uff4e",
            "../../etc/passwd", "..\\..\\boot.ini",
            "%00", "%2e%2e%2f", "<script>alert(1)</script>", "' OR '1'='1", "\"; DROP TABLE enrolment; --",
            "${jndi:ldap://127.0.0.1:1/a}", "{{7*7}}", "null", "true", "-1", "1e309", "NaN",
            "00000000-0000-0000-0000-000000000000", "a".repeat(256), "a".repeat(1000), "a".repeat(1001),
            "y".repeat(20_000), "y".repeat(20_001), "\\u0000", "caf\u00e9", "cafe\u0301", "\u00ff\u00fe",
            "\ud83d\ude00".repeat(5000));

    /** Values of every JSON type, for a field that wants another; numbers past long and double. */
    static final List<JsonNode> WRONG_TYPES = List.of(
            NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false), NODES.numberNode(0),
            NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(Double.MAX_VALUE),
            NODES.numberNode(new BigInteger("9223372036854775808")), NODES.numberNode(new BigDecimal("1e400")),
            NODES.numberNode(new BigInteger("-123456789012345678901234567890")), NODES.textNode(""),
            NODES.textNode("string"), NODES.arrayNode(), NODES.arrayNode().add(1).add("two"), NODES.objectNode(),
            NODES.objectNode().put("a", 1), NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())),
            NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(1e-320));

    /** Texts that are not JSON, or not the JSON a lenient parser would accept. */
    static final List<String> MALFORMED = List.of(
            "", " ", "{", "}", "[", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "NaN", "undefined",
            "{\"a\":NaN}", "{\"a\":Infinity}", "// comment\n{}", "/* c */{}", "{}{}", "{} trailing", "\"unterminated",
            "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":01}", "{\"a\":+1}", "{\"a\":.5}", "null", "1", "\"text\"",
            "[]", "{\"\":\"\"}", "{\"a\":\"\u0000\"}", "{\"a\":\"tab\tinside\"}", "{\"a\":1}\u0000", "\u0000{}",
            "{\"a\":[" + "1,".repeat(100) + "}", "{\"a\":\"" + "\\".repeat(3) + "\"}", "<?xml version=\"1.0\"?><a/>",
            "a=1&b=2", "{\"__proto__\":{\"admin\":true}}", "{\"a\":1e999999}", "{\"a\":-}", "{\"a\":tru}",
            "\ufeff{}", "{\"a\":\"\\ud800\\ud800\"}", "{\"a\":\"\\udc00\\ud800\"}");

    /** Ids that are no id of this system, each a different way for a path segment to be wrong. */
    static final List<String> BAD_IDS = List.of(
            "not-a-uuid", "%00", "a%00b", "%2F", "..", "%2e%2e", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "{00000000-0000-0000-0000-000000000000}", "1", "-1", "0",
            "99999999999999999999", "1e3", "1.5", "a".repeat(2000), "%ED%A0%80", "%FF", "%C0%AF", "%E2%80%AE",
            "%F0%9F%98%80", "%20", "%0A", "%09", "null", "undefined", "true", "%25", "%3Cscript%3E", "%27", "~",
            "__proto__", "12345678-1234-1234-1234-1234567890123", "12345678123412341234123456789012", "x;y=1");

    /** Query parameter values: the same kinds of wrong, percent-encoded. */
    static final List<String> BAD_QUERY_VALUES = List.of(
            "", "-1", "0", "2147483648", "99999999999999999999", "1.5", "1e3", "abc", "%00", "a%00b", "%0A", "%FF",
            "%ED%A0%80", "%F0%9F%98%80", "%E2%80%AE", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "a".repeat(3000), "%27%20OR%201%3D1", "true", "null", "%5B%5D", "%7B%7D", "ACTIVE%00", "me", "none",
            "PUBLISHED", "online", "%25%25", "+", "%2B");

    /** Parameters the services read somewhere, and some nobody reads. */
    static final List<String> QUERY_NAMES = List.of(
            "limit", "offset", "status", "q", "enrolmentId", "achievementId", "submissionId", "credentialId",
            "pathwayId", "deliveryMode", "minHours", "maxHours", "assignee", "page", "sort", "n", "x", "%00",
            "limit%00", "");

    /** Content types a JSON endpoint does not take (and some it does, with a broken charset). */
    static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=x", "application/json; charset=iso-8859-1",
            "application/json; charset=utf-16",
            "application/json; charset=nonsense", "application/octet-stream", "application/problem+json",
            "application/json;;", "*/*", "application/vc+jwt", "image/png", "application/ld+json", "text/html",
            "application/" + "x".repeat(1000));

    /** Accept headers nobody serves. */
    static final List<String> ACCEPTS = List.of(
            "application/xml", "text/html", "image/png", "*/*;q=0", "application/json;q=abc", "text/csv",
            "application/vc+jwt", "application/" + "x".repeat(500), "", "application/json, */*;q=0.1");
}
