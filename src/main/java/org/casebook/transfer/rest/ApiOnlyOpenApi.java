package org.casebook.transfer.rest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Shapes the OpenAPI document at {@code /q/openapi} (named by {@code mp.openapi.filter}): it describes the JSON API only
 * (the HTML pages and their forms, everything outside {@code /api/}, are left out, with the schemas only they used);
 * every operation says that an error is answered as {@code {"error","detail"}}; and the most used writes carry the
 * examples of the README.
 */
public class ApiOnlyOpenApi implements OASFilter {

    private static final String ERROR_SCHEMA = "ApiError";
    private static final Pattern REFERENCE = Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)");

    /** Request examples by "METHOD path": what the README shows scripts sending. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "POST /api/cas/{ca}/issues", "{\"title\":\"A new finding\",\"after\":\"D\"}",
            "PATCH /api/cas/{ca}/issues/{letter}", "{\"status\":\"confirmed\",\"aliases\":[\"Issue X\"]}",
            "POST /api/cas/{ca}/issues/{letter}/comments", "{\"text\":\"Seen in CT logs as well.\"}",
            "POST /api/cas/{ca}/issues/{letter}/evidence", "{\"sha256\":\"<64 hex digits of a stored certificate>\",\"note\":\"misissued\"}",
            "POST /api/cas", "{\"slug\":\"exampleca\",\"name\":\"Example CA\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
            if (!path.startsWith("/api/")) {
                openAPI.getPaths().removePathItem(path);
            }
        }
        boolean errorSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(ERROR_SCHEMA);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (errorSchema && operation.getResponses() != null && operation.getResponses().getDefaultValue() == null) {
                operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                        .description("An error: {\"error\",\"detail\"}, the detail naming the field at fault first")
                        .content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA)))));
            }
            example(method + " " + path, operation);
        }));
        pruneSchemas(openAPI);
    }

    private static void example(String route, Operation operation) {
        String example = EXAMPLES.get(route);
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json != null && json.getExamples() == null) {
            json.addExample("example", OASFactory.createExample().value(example));
        }
    }

    /** Drops the schemas that only the pages used: whatever no remaining operation reaches through references. */
    private static void pruneSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                references(describe(operation), toVisit);
            }
        }
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (reached.add(name) && schemas.containsKey(name)) {
                references(describe(schemas.get(name)), toVisit);
            }
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!reached.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static void references(String text, Deque<String> into) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            into.push(m.group(1));
        }
    }

    /** The model's text form, enough to find the references in it (the models print their fields, nested ones too). */
    private static String describe(Object model) {
        StringBuilder out = new StringBuilder();
        walk(model, out, 0);
        return out.toString();
    }

    private static void walk(Object model, StringBuilder out, int depth) {
        if (model == null || depth > 40) {
            return;
        }
        if (model instanceof Schema schema) {
            if (schema.getRef() != null) {
                out.append(schema.getRef()).append(' ');
            }
            walk(schema.getItems(), out, depth + 1);
            walk(schema.getAdditionalPropertiesSchema(), out, depth + 1);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> walk(p, out, depth + 1));
            }
            java.util.stream.Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(java.util.Objects::nonNull)
                    .flatMap(List::stream).forEach(s -> walk(s, out, depth + 1));
            walk(schema.getNot(), out, depth + 1);
        } else if (model instanceof Operation operation) {
            if (operation.getRequestBody() != null) {
                walk(operation.getRequestBody().getContent(), out, depth + 1);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> walk(r.getContent(), out, depth + 1));
            }
            if (operation.getResponses() != null && operation.getResponses().getDefaultValue() != null) {
                walk(operation.getResponses().getDefaultValue().getContent(), out, depth + 1);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> walk(p.getSchema(), out, depth + 1));
            }
        } else if (model instanceof Content content && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> walk(m.getSchema(), out, depth + 1));
        }
    }
}
