package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.GeneralNameList;

@LintSpec(code = "w_name_constraint_on_edi_party_name",
        description = "RFC 5280 defines no name-matching rules for ediPartyName, so a constraint on it should not be used.",
        citation = "RFC 5280: 4.2.1.10", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class NameConstraintOnEdiPartyName extends NameConstraintOnTypeLint {

    public NameConstraintOnEdiPartyName() {
        super(GeneralNameList.EDI_PARTY_NAME, "ediPartyName");
    }
}
