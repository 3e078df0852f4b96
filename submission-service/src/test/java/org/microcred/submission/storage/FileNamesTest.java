package org.microcred.submission.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathTraversalKeepsOnlyTheBaseName() {
        assertEquals("passwd", FileNames.sanitize("../../etc/passwd"));
        assertEquals("evil.pdf", FileNames.sanitize("..\\..\\Windows\\evil.pdf"));
        assertEquals("file", FileNames.sanitize(".."));
        assertEquals("file", FileNames.sanitize("/"));
    }

    @Test
    void aLongRunOfDotsAndSpacesInsideTheNameStaysAndTheEndsAreTrimmed() {
        // The trim was a backtracking regular expression, quadratic on this (the fuzz finding took 16 s).
        String dotsAndSpaces = ". ".repeat(60_000);
        assertEquals("a" + dotsAndSpaces + "b",
                FileNames.trimDotsAndSpaces(" ." + "a" + dotsAndSpaces + "b" + ". "));
        assertEquals("", FileNames.trimDotsAndSpaces(dotsAndSpaces));
    }

    @Test
    void hiddenAndTrailingDotsAreDropped() {
        assertEquals("bashrc", FileNames.sanitize(".bashrc"));
        assertEquals("report.pdf", FileNames.sanitize("report.pdf. . "));
    }

    @Test
    void unsafeCharactersBecomeUnderscoresAndLettersOfAnyScriptStay() {
        assertEquals("Zoë 日本語 plan_v2_.pdf", FileNames.sanitize("Zoë 日本語 plan<v2>.pdf"));
        assertEquals("a_b.txt", FileNames.sanitize("a\u0000\r\n\"b.txt"));
    }

    @Test
    void missingOrEmptyNamesGetAFallback() {
        assertEquals("file", FileNames.sanitize(null));
        assertEquals("file", FileNames.sanitize("  "));
        assertEquals("file", FileNames.sanitize("***"));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = FileNames.sanitize("x".repeat(500) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, name.length());
        assertTrue(name.endsWith(".pdf"));
    }
}
