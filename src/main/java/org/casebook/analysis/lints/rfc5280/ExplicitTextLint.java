package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.CertificatePolicies;
import org.casebook.analysis.lints.support.Der;

/** A rule on user notice explicitText (RFC 5280 4.2.1.4 as updated by RFC 6818 3); applies when one is present. */
abstract class ExplicitTextLint extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !CertificatePolicies.explicitTexts(certificate).isEmpty();
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        for (Der text : CertificatePolicies.explicitTexts(certificate)) {
            String problem = problem(text);
            if (problem != null) {
                return LintResult.failIf(true, metadata().severity(), problem);
            }
        }
        return LintResult.PASS;
    }

    /** What is wrong with this explicitText, or null. */
    protected abstract String problem(Der text);

    static String typeName(Der text) {
        return switch (text.tagNumber()) {
            case Der.IA5_STRING -> "IA5String";
            case Der.VISIBLE_STRING -> "VisibleString";
            case Der.BMP_STRING -> "BMPString";
            case Der.UTF8_STRING -> "UTF8String";
            default -> "tag " + text.tagNumber();
        };
    }
}
