package org.microcred.enrolment.bulk;

import java.util.ArrayList;
import java.util.List;
import org.microcred.support.problem.ProblemException;

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""}). A leading UTF-8 byte order mark is skipped, and empty lines (a
 * spreadsheet's trailing ones) are no records. A quote inside an unquoted field, text after a closing quote or a quote
 * left open is a malformed body (400), named by its line.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    public static List<List<String>> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterClosingQuote = false;
        int line = 1;
        int quoteOpenedOn = 0;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterClosingQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
                addUnlessEmpty(records, fields);
                fields = new ArrayList<>();
                line++;
            } else if (afterClosingQuote) {
                throw malformed(line, "text after a closing quote");
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw malformed(line, "a quote inside an unquoted field (quote the field and double the quote)");
                }
                quoted = true;
                quoteOpenedOn = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw malformed(quoteOpenedOn, "a quote opened here is never closed");
        }
        fields.add(field.toString());
        addUnlessEmpty(records, fields);
        return records;
    }

    private static void addUnlessEmpty(List<List<String>> records, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            records.add(fields);
        }
    }

    private static ProblemException malformed(int line, String what) {
        return new ProblemException(400, "malformed-body", "Malformed request body",
                "The CSV is malformed on line " + line + ": " + what);
    }
}
