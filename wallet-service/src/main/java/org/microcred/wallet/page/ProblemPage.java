package org.microcred.wallet.page;

import io.quarkus.qute.TemplateData;

/**
 * A share link that does not open, as a browser shows it ({@code templates/page/problem.html}): the same status and
 * words as the problem details an API client gets (404 unknown or expired, 410 revoked by its owner).
 */
@TemplateData
public record ProblemPage(int status, String title, String detail) {
}
