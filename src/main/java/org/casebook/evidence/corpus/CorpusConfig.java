package org.casebook.evidence.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.casebook.analysis.corpus.CorpusSettings;

/** Thresholds of the statistical corpus checks ({@code casebook.corpus.*}). */
@ConfigMapping(prefix = "casebook.corpus")
public interface CorpusConfig {

    /** n_fixed_notafter_template: distinct notBefore days sharing one notAfter before it is a template. */
    @WithDefault("10")
    int fixedNotafterMinimum();

    /** w_serial_generator_63_bits: 57-to-63-bit serials on file from one issuer before the pattern counts. */
    @WithDefault("20")
    int serialSampleMinimum();

    default CorpusSettings settings() {
        return new CorpusSettings(fixedNotafterMinimum(), serialSampleMinimum());
    }
}
