package org.microcred.issuance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a release-manager holds an award back. {@code shareWithEarner}: the earner's dashboard shows the reason
 * (otherwise only that the award is under review); absent means false.
 */
public record HoldRequest(@NotBlank @Size(max = 500) String reason, Boolean shareWithEarner) {

    public boolean shared() {
        return Boolean.TRUE.equals(shareWithEarner);
    }
}
