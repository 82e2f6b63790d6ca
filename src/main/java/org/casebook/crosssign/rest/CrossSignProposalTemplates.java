package org.casebook.crosssign.rest;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.crosssign.CrossSignProposal;
import org.casebook.crosssign.service.CrossSignProposals;

/** {@code ca.crossSignProposals} in templates, so the case page needs no new parameter. */
@TemplateExtension
public final class CrossSignProposalTemplates {

    private CrossSignProposalTemplates() {
    }

    static List<CrossSignProposal> crossSignProposals(CertificationAuthority ca) {
        return Arc.container().instance(CrossSignProposals.class).get().forCa(ca);
    }
}
