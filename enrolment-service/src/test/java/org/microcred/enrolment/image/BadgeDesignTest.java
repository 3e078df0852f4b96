package org.microcred.enrolment.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated badge's text: wrapped at words, cut with an ellipsis, long words broken; colours only #rrggbb. */
class BadgeDesignTest {

    @Test
    void shortNamesWrapAtWords() {
        assertEquals(List.of("Data Analysis", "Fundamentals"), BadgeDesign.wrap("Data Analysis Fundamentals"));
    }

    @Test
    void longNamesAreCutToFourLinesWithAnEllipsis() {
        List<String> lines = BadgeDesign.wrap("Advanced Practice in Formative Assessment for Secondary School "
                + "Teachers of Mathematics and Science");
        assertEquals(BadgeDesign.MAX_LINES, lines.size());
        assertTrue(lines.get(3).endsWith("\u2026"), lines.toString());
        lines.forEach(l -> assertTrue(l.length() <= BadgeDesign.LINE_CHARS, l));
    }

    @Test
    void longWordsAreBroken() {
        List<String> lines = BadgeDesign.wrap("Pneumonoultramicroscopicsilicovolcanoconiosis");
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(l.length() <= BadgeDesign.LINE_CHARS, l));
    }

    @Test
    void aColourThatIsNotHexFallsBackSoNothingIsInjected() {
        BadgeDesign design = BadgeDesign.of("X", "red\" onload=\"x()", "#000000", "#abcdef");
        assertEquals("#1f3a5f", design.background());
        assertEquals("#abcdef", design.accent());
    }
}
