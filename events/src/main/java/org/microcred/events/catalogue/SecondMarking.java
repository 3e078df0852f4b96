package org.microcred.events.catalogue;

/**
 * Whether awards go to a second assessor before they are final: {@code mode} {@code none},
 * {@code all}, or {@code sample} (each award with probability {@code samplePercent}/100).
 */
public record SecondMarking(String mode, Integer samplePercent) {
    public static final String NONE = "none";
    public static final String ALL = "all";
    public static final String SAMPLE = "sample";
}
