package org.microcred.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    record Answer(String text, List<String> tags) {
    }

    @Test
    void nulAndOtherC0ControlsAndDelAreRefusedTabsAndLineBreaksAreNot() {
        for (char c : new char[] {0, 1, 7, 8, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F}) {
            assertTrue(ControlCharacters.present("a" + c + "b"), "U+" + Integer.toHexString(c));
        }
        assertFalse(ControlCharacters.present("line one\r\n\tline two — Zoë 日本語 😀"));
    }

    @Test
    void aJsonStringWithAnEscapedControlCharacterFailsNamingItsField() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new ControlCharacterModule().customize(mapper);
        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"text\":\"ok\",\"tags\":[\"fine\",\"a\\u0000b\"]}", Answer.class));
        assertEquals("tags", refused.getPath().get(0).getFieldName());
        assertEquals(1, refused.getPath().get(1).getIndex());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"text\":\"bell\\u0007\"}", Answer.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"text\":\"back\\bspace\"}", Answer.class));
        assertEquals("two\nlines\tok", mapper.readValue("{\"text\":\"two\\nlines\\tok\"}", Answer.class).text());
    }
}
