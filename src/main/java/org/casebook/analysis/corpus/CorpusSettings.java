package org.casebook.analysis.corpus;

/**
 * Thresholds of the statistical corpus checks.
 *
 * @param fixedNotAfterMinimum how many different notBefore days must share one notAfter instant, this
 *        certificate's included, before the notAfter looks like a template
 * @param serialSampleMinimum how many 57-to-63-bit serials an issuer must have on file, and none wider,
 *        before its generator is called a 63-bit one
 */
public record CorpusSettings(int fixedNotAfterMinimum, int serialSampleMinimum) {

    public static final CorpusSettings DEFAULTS = new CorpusSettings(10, 20);

    public CorpusSettings {
        if (fixedNotAfterMinimum < 2) {
            throw new IllegalArgumentException("fixedNotAfterMinimum must be at least 2, was " + fixedNotAfterMinimum);
        }
        if (serialSampleMinimum < 2) {
            throw new IllegalArgumentException("serialSampleMinimum must be at least 2, was " + serialSampleMinimum);
        }
    }
}
