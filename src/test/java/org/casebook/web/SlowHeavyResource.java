package org.casebook.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicInteger;

/** Test only: a heavy page that works for 20 s, a query every 50 ms, and says how it ended. */
@Path("/test-only/slow-heavy-page")
public class SlowHeavyResource {

    static final AtomicInteger STARTED = new AtomicInteger();
    static final AtomicInteger QUERIES = new AtomicInteger();
    static final AtomicInteger ABANDONED = new AtomicInteger();
    static final AtomicInteger FINISHED = new AtomicInteger();

    @Inject
    EntityManager em;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    @HeavyWork
    public String work() throws InterruptedException {
        STARTED.incrementAndGet();
        try {
            for (int i = 0; i < 400; i++) {
                em.createNativeQuery("select count(*) from certification_authority").getSingleResult();
                QUERIES.incrementAndGet();
                Thread.sleep(50);
            }
        } catch (HeavyWorkGate.Abandoned e) {
            ABANDONED.incrementAndGet();
            throw e;
        }
        FINISHED.incrementAndGet();
        return "done";
    }
}
