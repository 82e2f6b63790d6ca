package org.casebook.ccadb.service;

import java.io.InputStream;
import java.util.List;
import org.casebook.ccadb.CcadbCsv;
import org.casebook.web.ApiException;

/** The edge between a report's text and the imports: a header or file that cannot be read is a 400 that changes nothing. */
final class CcadbImports {

    private CcadbImports() {
    }

    static CcadbCsv read(InputStream body, List<String> required, String report) {
        try {
            return CcadbCsv.read(body, required);
        } catch (CcadbCsv.MissingColumn missing) {
            throw new ApiException(400, "invalid CCADB report", "header: no column \"" + missing.column + "\" (the " + report
                    + " report needs " + String.join(", ", required.stream().map(c -> "\"" + c + "\"").toList()) + "); nothing was imported");
        } catch (CcadbCsv.BadField | IllegalStateException unreadable) {
            throw new ApiException(400, "invalid CCADB report", "body: " + unreadable.getMessage() + "; nothing was imported");
        }
    }
}
