package org.microcred.enrolment.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding of every figure: shares to 4 decimals, hours to 2; null where the base is zero or nothing was seen. */
public final class Ratios {

    private Ratios() {
    }

    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal hours(Number seconds) {
        return seconds == null ? null
                : BigDecimal.valueOf(seconds.doubleValue()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal mean(Number value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
