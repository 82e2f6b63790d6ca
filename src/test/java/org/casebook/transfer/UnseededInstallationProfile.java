package org.casebook.transfer;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.casebook.support.OwnTestDatabase;
import java.util.Map;

/** A new installation that starts empty (casebook.seed.enabled=false), as one made to receive imported case files. */
public class UnseededInstallationProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return OwnTestDatabase.withOwnDatabase("unseeded", Map.of("casebook.seed.enabled", "false",
                "casebook.findings.refresh-at-start", "false"));
    }
}
