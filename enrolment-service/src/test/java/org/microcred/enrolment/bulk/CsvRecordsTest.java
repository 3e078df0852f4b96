package org.microcred.enrolment.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/** RFC 4180 as batches come from spreadsheets. */
class CsvRecordsTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("a", "b,c", "say \"hi\"", "two\r\nlines", ""), List.of("x", "", "y")),
                CsvRecords.parse("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\r\nx,,y\r\n"));
    }

    @Test
    void aByteOrderMarkLineFeedsAndEmptyLinesAreTolerated() {
        assertEquals(List.of(List.of("h1", "h2"), List.of("1", "2"), List.of("3", "4")),
                CsvRecords.parse("\uFEFFh1,h2\n1,2\n\n3,4\n\n"));
        assertEquals(List.of(List.of("1", "2")), CsvRecords.parse("1,2"), "no line break after the last record");
    }

    @Test
    void malformedQuotingIsRefusedNamingItsLine() {
        ProblemException open = assertThrows(ProblemException.class, () -> CsvRecords.parse("a,b\n1,\"never closed\n"));
        assertEquals(400, open.status());
        assertTrue(open.getMessage().contains("line 2"), open.getMessage());
        ProblemException inside = assertThrows(ProblemException.class, () -> CsvRecords.parse("a,b\n\n1,x\"y\n"));
        assertTrue(inside.getMessage().contains("line 3"), inside.getMessage());
        ProblemException after = assertThrows(ProblemException.class, () -> CsvRecords.parse("\"a\"b,c\n"));
        assertTrue(after.getMessage().contains("after a closing quote"), after.getMessage());
    }
}
