package org.casebook.transfer.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * The OpenAPI document at {@code /q/openapi} describes the JSON API: the HTML pages and their forms (everything outside
 * {@code /api/}) are left out, since browsers, not scripts, use them. Named by {@code mp.openapi.filter}.
 */
public class ApiOnlyOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(paths.getPathItems().keySet())) {
            if (!path.startsWith("/api/")) {
                paths.removePathItem(path);
            }
        }
    }
}
