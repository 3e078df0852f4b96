package org.microcred.wallet.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.microcred.support.persistence.ClaimedIdentityRecord;

/**
 * A stand-in earner id that an earner claimed: from then on it is that earner, and a credential issued to the
 * stand-in is stored under {@link #earnerId}.
 */
@Entity
@Table(name = "claimed_identity")
@IdClass(ClaimedIdentityRecord.Key.class)
public class ClaimedIdentity extends ClaimedIdentityRecord {
}
