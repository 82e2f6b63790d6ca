package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.NameConstraintsFields;
import org.casebook.analysis.lints.support.NameConstraintsFields.Subtree;

/**
 * BR 7.1.2.5.2: a technically constrained TLS subordinate CA constrains each of dNSName and iPAddress, either by
 * permitting some names of that type or by excluding the whole type. BrProfile judges any serverAuth CA with name
 * constraints as technically constrained; one that leaves a type open is then, by 7.1.2.5.2, not constrained at all
 * (7.1.2.6 allows it name constraints of any kind), which only its operator's audit scope can settle: a warning.
 */
abstract class ConstrainedTlsCaNameTypeLint extends BrProfileLint {

    private final int generalNameTag;
    private final String typeName;

    protected ConstrainedTlsCaNameTypeLint(int generalNameTag, String typeName) {
        super(BrProfile.TECHNICALLY_CONSTRAINED_TLS_SUBORDINATE_CA);
        this.generalNameTag = generalNameTag;
        this.typeName = typeName;
    }

    /** Whether the excluded subtrees of this type, taken together, exclude every name of the type. */
    protected abstract boolean excludesWholeType(List<Subtree> excluded);

    @Override
    protected LintResult check(CertificateView certificate) {
        List<Subtree> subtrees = NameConstraintsFields.of(certificate);
        if (subtrees == null) {
            return LintResult.PASS; // unreadable: the RFC 5280 encoding lints say so
        }
        List<Subtree> ofType = subtrees.stream().filter(subtree -> subtree.base().isContext(generalNameTag)).toList();
        if (ofType.stream().anyMatch(Subtree::permitted)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(!excludesWholeType(ofType.stream().filter(subtree -> !subtree.permitted()).toList()),
                metadata().severity(), "name constraints neither permit some " + typeName + " names nor exclude them all");
    }
}
