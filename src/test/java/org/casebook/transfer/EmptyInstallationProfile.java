package org.casebook.transfer;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.casebook.support.OwnTestDatabase;
import java.util.Map;

/**
 * An installation of its own (its own in-memory database, seeded as usual), which the transfer tests may empty: no
 * other test class shares it. The start-up re-lint stays off so that nothing writes behind a test's back.
 */
public class EmptyInstallationProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return OwnTestDatabase.withOwnDatabase("transfer", Map.of("casebook.findings.refresh-at-start", "false"));
    }
}
