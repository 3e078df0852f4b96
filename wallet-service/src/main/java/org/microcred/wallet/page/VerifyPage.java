package org.microcred.wallet.page;

import io.quarkus.qute.TemplateData;

/**
 * The verify-a-file page ({@code templates/page/verify.html}): the form, and after a submission either the report in
 * plain words or why the file could not be checked at all.
 *
 * @param report       null before a submission, or when the file could not be checked
 * @param credentialId the credential's id as it states it (unverified until the report says so)
 * @param issuer       the issuer's id as the credential states it
 * @param problem      why the submission could not be checked (a 4xx problem's detail), or null
 */
@TemplateData
public record VerifyPage(PlainReport report, String credentialId, String issuer, String problem) {

    public static final VerifyPage EMPTY = new VerifyPage(null, null, null, null);
}
