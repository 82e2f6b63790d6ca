package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_ian_uri_host_not_fqdn_or_ip",
        description = "A URI in the issuer alternative name that has an authority must name its host by a fully qualified domain name or an IP address.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtIanUriHostNotFqdnOrIp extends AlternativeNameUriHostLint {

    public ExtIanUriHostNotFqdnOrIp() {
        super(false);
    }
}
