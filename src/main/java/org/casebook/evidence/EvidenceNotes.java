package org.casebook.evidence;

import io.quarkus.security.identity.SecurityIdentity;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;

/**
 * Who may change the note on a piece of evidence, the same through the page form and the API: the reviewer who filed it,
 * and any manager or admin.
 */
public final class EvidenceNotes {

    private EvidenceNotes() {
    }

    public static boolean mayChange(EvidenceLink link, SecurityIdentity who) {
        if (who.hasRole(Roles.MANAGER) || who.hasRole(Roles.ADMIN)) {
            return true;
        }
        return !who.isAnonymous() && link.addedBy != null && link.addedBy.equals(who.getPrincipal().getName());
    }

    public static void requireMayChange(EvidenceLink link, SecurityIdentity who) {
        if (!mayChange(link, who)) {
            throw new ApiException(403, "forbidden", "note: evidence " + link.certificate.sha256 + " was filed by "
                    + (link.addedBy == null ? "someone else" : link.addedBy) + "; only they or a manager may change its note");
        }
    }
}
