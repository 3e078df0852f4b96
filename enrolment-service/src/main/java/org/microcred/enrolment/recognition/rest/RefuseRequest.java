package org.microcred.enrolment.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Refuse a credential from elsewhere, and why. */
public record RefuseRequest(@NotBlank @Size(max = 2000) String reason) {
}
