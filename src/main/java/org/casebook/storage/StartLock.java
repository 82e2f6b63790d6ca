package org.casebook.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One instance at a time does the start's one-off work (storing the session key, loading the seed into an empty
 * database, creating the first admin, back-filling columns): two instances started together on an empty database
 * would otherwise both see it empty and both load the seed. Taken before the first of those start observers and
 * given back after the last; Flyway's migrations before them take a lock of their own.
 */
@ApplicationScoped
public class StartLock {

    static final String NAME = "start";

    @Inject
    JobLock jobs;

    @ConfigProperty(name = "casebook.instances.start-lock-wait", defaultValue = "10m")
    Duration patience;

    private Optional<JobLock.Held> held = Optional.empty();

    void take(@Observes @Priority(5) StartupEvent event) throws InterruptedException {
        held = jobs.lock(NAME, patience);
        if (held.isEmpty()) {
            throw new IllegalStateException("another instance has held the start lock for " + patience
                    + " (casebook.instances.start-lock-wait); is one stuck in its start?");
        }
    }

    void giveBack(@Observes @Priority(15_000) StartupEvent event) {
        held.ifPresent(JobLock.Held::close);
        held = Optional.empty();
    }
}
