package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_uri_host_not_fqdn_or_ip",
        description = "A URI in the subject alternative name that has an authority must name its host by a fully qualified domain name or an IP address.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanUriHostNotFqdnOrIp extends AlternativeNameUriHostLint {

    public ExtSanUriHostNotFqdnOrIp() {
        super(true);
    }
}
