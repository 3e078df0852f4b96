package org.microcred.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.events.catalogue.EvidencePrompt;

class JsonConverterTest {

    static final class Prompts extends JsonConverter<List<EvidencePrompt>> {
        Prompts() {
            super(new TypeReference<>() {
            });
        }
    }

    private final Prompts converter = new Prompts();

    @Test
    void aListOfRecordsRoundTripsWithUnicodeIntact() {
        List<EvidencePrompt> prompts = List.of(new EvidencePrompt("p1", "Zoë's 日本語 SAFe® plan", true));
        assertEquals(prompts, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(prompts)));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void unreadableStoredJsonIsAnError() {
        assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("{not json"));
    }
}
