package org.microcred.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A public link to one credential, under the rules of every {@link ShareLinkBase}: opened with a secret token of which
 * only the hash is kept, with what its owner chose to show through it, and how often it was opened.
 */
@Entity
@Table(name = "share_link")
public class ShareLink extends ShareLinkBase {

    @Column(name = "credential_id")
    public UUID credentialId;
}
