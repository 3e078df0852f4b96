package org.microcred.credentials.dataintegrity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JSON numbers in RDF the way JavaScript JSON-LD processors write them (jsonld.js, which Digital Bazaar's and
 * the DCC's verifiers use). A JavaScript number is a double, so {@code 3.0} and {@code 1e2} are the integers
 * {@code "3"} and {@code "100"}, and a double is written from its 16 significant digits. titanium reads the
 * JSON text instead ({@code 3.0} would become {@code "3.0E0"^^xsd:double}), which would sign a different
 * canonical form than every JavaScript verifier recomputes. titanium's double formatting also shares one
 * {@code DecimalFormat} between threads; giving it the final lexical form avoids that too.
 */
final class JsNumbers {

    static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
    static final String XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double";

    private static final MathContext SIXTEEN_DIGITS = new MathContext(16, RoundingMode.HALF_UP);

    private JsNumbers() {
    }

    /** Whether jsonld.js treats this number as a double: {@code String(n)} has a '.', or |n| >= 1e21. */
    static boolean isDouble(double d) {
        if (Math.abs(d) >= 1e21) {
            return true;
        }
        if (d == Math.rint(d)) {
            return false;
        }
        if (Math.abs(d) >= 1e-6) {
            return true;
        }
        // Below 1e-6 JavaScript writes 1e-7 (no '.') or 1.5e-7: a '.' only with more than one digit.
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().precision() > 1;
    }

    /** {@code n.toExponential(15)} with trailing zeros dropped: {@code 3.5E0}, {@code 1.0E21}, {@code 1.0E-1}. */
    static String canonicalDouble(double d) {
        if (d == 0) {
            return "0.0E0";
        }
        BigDecimal rounded = new BigDecimal(d).round(SIXTEEN_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().abs().toString();
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0)).append('.');
        if (end > 1) {
            out.append(digits, 1, end);
        } else {
            out.append('0');
        }
        return out.append('E').append(exponent).toString();
    }

    /** {@code n.toFixed(0)}: the nearest integer, ties away from zero, "-0" for small negatives as JavaScript. */
    static String canonicalInteger(double d) {
        String magnitude = new BigDecimal(Math.abs(d)).setScale(0, RoundingMode.HALF_UP).toPlainString();
        return d < 0 ? "-" + magnitude : magnitude;
    }
}
