package org.microcred.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialResigned;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event contract: each type's JSON is exactly its golden sample in
 * {@code src/test/resources/golden}, and reading that sample gives the same typed event back.
 * A change that breaks either is a change to the contract other services rely on.
 */
class EventContractTest {

    private static final Map<EventType, EventEnvelope<?>> SAMPLES = EventSamples.all();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void encodingMatchesTheGoldenSample(EventType type) throws IOException {
        JsonNode golden = EventCodec.mapper().readTree(golden(type));
        JsonNode encoded = EventCodec.mapper().readTree(EventCodec.encode(sample(type)));
        assertEquals(golden, encoded, "JSON of " + type.typeName() + " differs from its golden sample");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleDecodesToTheTypedEvent(EventType type) throws IOException {
        EventEnvelope<EventPayload> decoded = EventCodec.decode(golden(type));
        assertEquals(sample(type), decoded);
        assertTrue(type.payloadClass().isInstance(decoded.payload()));
    }

    @Test
    void theSignedDocumentTravelsAsItsExactText() {
        CredentialIssued decoded = (CredentialIssued) EventCodec.decode(
                EventCodec.encode(sample(EventType.CREDENTIAL_ISSUED))).payload();
        assertEquals(EventSamples.CREDENTIAL_TEXT, decoded.credentialText(), "the text, not a re-serialisation");
        assertEquals(EventSamples.credentialTree(), decoded.credential(), "and the same document as an object");
    }

    @Test
    void aResignedDocumentTravelsAsItsExactText() {
        CredentialResigned decoded = (CredentialResigned) EventCodec.decode(
                EventCodec.encode(sample(EventType.CREDENTIAL_RESIGNED))).payload();
        assertEquals(EventSamples.CREDENTIAL_TEXT, decoded.credentialText(), "the text, not a re-serialisation");
        assertEquals("issuance.credentials.v1", EventType.CREDENTIAL_RESIGNED.topic(),
                "on the topic credential.issued travels, so it follows it in the earner's partition");
    }

    @Test
    void aCredentialIssuedOfAnOlderProducerHasNoText() throws IOException {
        String older = golden(EventType.CREDENTIAL_ISSUED).replaceAll("(?s),\\s*\"credentialText\"\\s*:\\s*\"(\\\\.|[^\"\\\\])*\"", "");
        CredentialIssued decoded = (CredentialIssued) EventCodec.decode(older).payload();
        assertNull(decoded.credentialText());
        assertEquals(EventSamples.credentialTree(), decoded.credential());
    }

    /** The golden sample is made with the builder, so the golden test checks where it puts each field. */
    @Test
    void assessmentDecidedToBuilderCopiesEveryField() {
        AssessmentDecided sample = (AssessmentDecided) sample(EventType.ASSESSMENT_DECIDED).payload();
        assertEquals(sample, sample.toBuilder().build());
        assertEquals(Decision.DENY, sample.toBuilder().decision(Decision.DENY).build().decision());
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddFields() throws IOException {
        String golden = golden(EventType.ENROLMENT_CREATED);
        String withExtra = golden.replaceFirst("\\{", "{\"addedLater\":true,");
        assertEquals(sample(EventType.ENROLMENT_CREATED), EventCodec.decode(withExtra));
    }

    @Test
    void unknownTypeIsReportedAsUnknownSoConsumersCanSkipIt() {
        UnknownEventTypeException e = assertThrows(UnknownEventTypeException.class, () -> EventCodec.decode(
                "{\"eventId\":\"" + java.util.UUID.randomUUID() + "\",\"type\":\"nope.nothing\",\"payload\":{}}"));
        assertTrue(e.getMessage().contains("nope.nothing"), e.getMessage());
    }

    @Test
    void textThatIsNotJsonIsMalformed() {
        assertThrows(MalformedEventException.class, () -> EventCodec.decode("not json at all"));
        assertThrows(MalformedEventException.class, () -> EventCodec.decode("[1,2]"));
    }

    @Test
    void missingEnvelopeFieldIsMalformed() throws IOException {
        String golden = golden(EventType.ENROLMENT_CREATED).replace("\"tenantId\"", "\"tenant\"");
        assertThrows(MalformedEventException.class, () -> EventCodec.decode(golden));
    }

    @Test
    void wrapTakesTypeAndSchemaVersionFromTheRegistry() {
        EventEnvelope<?> sample = sample(EventType.CREDENTIAL_STORED);
        EventEnvelope<EventPayload> wrapped = EventEnvelope.wrap(sample.payload(), "southport", "s",
                sample.occurredAt(), null);
        assertEquals("wallet.credential.stored", wrapped.type());
        assertEquals(1, wrapped.schemaVersion());
        assertNotNull(wrapped.eventId());
    }

    private static EventEnvelope<?> sample(EventType type) {
        return SAMPLES.get(type);
    }

    private static String golden(EventType type) throws IOException {
        String name = "/golden/" + type.typeName() + ".json";
        try (InputStream in = EventContractTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "missing golden sample " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
