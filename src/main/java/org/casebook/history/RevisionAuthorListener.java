package org.casebook.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.casebook.storage.CaseClock;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user (changes made at start-up are "system") and with the case clock's time,
 * the one "now" of the case file, so that the case as known on a day ({@code ?asOf=}) and the clocks agree, also when
 * tests move time.
 */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        CasebookRevision revision = (CasebookRevision) revisionEntity;
        revision.author = currentUser();
        try (InstanceHandle<CaseClock> clock = Arc.container().instance(CaseClock.class)) {
            if (clock.isAvailable()) {
                revision.timestamp = clock.get().now().toEpochMilli();
            }
        }
    }

    private static String currentUser() {
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            if (identity.isAvailable() && !identity.get().isAnonymous()) {
                return identity.get().getPrincipal().getName();
            }
        } catch (RuntimeException noRequestContext) {
            // Outside a request (start-up, seed): no user.
        }
        return "system";
    }
}
