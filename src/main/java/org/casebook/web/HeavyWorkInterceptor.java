package org.casebook.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs every {@link HeavyWork} method through the {@link HeavyWorkGate}. */
@HeavyWork
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class HeavyWorkInterceptor {

    @Inject
    HeavyWorkGate gate;

    @Inject
    CurrentVertxRequest currentRequest;

    @AroundInvoke
    Object gate(InvocationContext invocation) throws Exception {
        RoutingContext request = Arc.container().requestContext().isActive() ? currentRequest.getCurrent() : null;
        return gate.run(request == null ? null : request.response(), invocation::proceed);
    }
}
