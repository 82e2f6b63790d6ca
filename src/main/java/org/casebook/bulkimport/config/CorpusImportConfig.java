package org.casebook.bulkimport.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where bulk corpus uploads are spooled and how they are worked. */
@ConfigMapping(prefix = "casebook.corpus-import")
public interface CorpusImportConfig {

    /** The directory uploads are spooled to before their job reads them; kept until the job is done. */
    @WithDefault("data/corpus-imports")
    String spoolDirectory();

    /** Bytes one corpus upload may carry; above it, 413 (the HTTP layer's own limit is raised to this for the corpus routes only). */
    @WithDefault("17179869184")
    long maxBytes();

    /** Items stored (and progress recorded) per transaction. */
    @WithDefault("1000")
    int batch();

    /** Rejected items whose reasons a job keeps (the count covers all). */
    @WithDefault("100")
    int rejectionsKept();
}
