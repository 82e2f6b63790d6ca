package org.casebook.commitment;

import java.util.List;
import org.casebook.ca.CertificationAuthority;

/**
 * Where promises come from. Each implementation is an application-scoped bean; the commitment ledger gathers all of
 * them (today: CA statements marked as commitments; an incident report's action items are one more).
 */
public interface PromiseSource {

    List<Promise> promisesOf(CertificationAuthority ca);
}
