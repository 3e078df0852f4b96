package org.microcred.support.rest;

/**
 * One cell of a CSV file (RFC 4180) that people open in spreadsheets: quoted when it holds a comma, a quote or a line
 * break; and a cell a spreadsheet would take for a formula (starting with {@code = + - @}) is prefixed with {@code '}
 * and quoted, so that opening an export runs nothing of what a user once typed.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** The cell for {@code value} (empty for null). */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
            quote = true;
        }
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
