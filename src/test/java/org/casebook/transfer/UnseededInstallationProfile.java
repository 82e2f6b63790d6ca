package org.casebook.transfer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A new installation that starts empty (casebook.seed.enabled=false), as one made to receive imported case files. */
public class UnseededInstallationProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:unseeded;DB_CLOSE_DELAY=-1", "casebook.seed.enabled", "false",
                "casebook.findings.refresh-at-start", "false");
    }
}
