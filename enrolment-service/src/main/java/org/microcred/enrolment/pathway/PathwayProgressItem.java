package org.microcred.enrolment.pathway;

import java.util.UUID;

/**
 * One item of a pathway's top-level rule: {@code kind} {@code achievement}, {@code pathway} or
 * {@code rule} (a nested group; then {@code id} is null and {@code name} describes it).
 */
public record PathwayProgressItem(String kind, UUID id, String name, boolean earned) {
}
