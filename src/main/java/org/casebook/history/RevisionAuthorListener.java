package org.casebook.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user; changes made at start-up (the seed) are "system". */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((CasebookRevision) revisionEntity).author = currentUser();
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
