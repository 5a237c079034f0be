package org.safecase.platform;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes the served API description (issue #12 item 7) with what holds for every operation, so
 * that no resource has to repeat it and none can forget it: any request may be refused as not signed
 * in (401) or locked out after failed sign-ins (429); any request that writes may be refused for a
 * read-only token (403, {@code identity/ReadOnlyTokens}); and every error answer is an
 * {@link ErrorBody} ({@link RestErrorMapper}), so a 4xx or 5xx answer a resource describes in words
 * only gets that body. Built here with the model API rather than with annotations because Payara 6
 * fills annotated schemas with stray defaults and even other classes' properties.
 * Named by {@code mp.openapi.filter} in {@code microprofile-config.properties}.
 */
public class ApiDescription implements OASFilter {
    static final String UNAUTHORIZED = "Unauthorized";
    static final String LOCKED = "SignInLocked";
    static final String READ_ONLY = "ReadOnlyToken";
    private static final String ERROR_BODY = "ErrorBody";
    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String LIST = "List";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema(ERROR_BODY, errorBodySchema());
        components.addSchema(ERROR_BODY + "Field", fieldSchema());
        components.addResponse(UNAUTHORIZED, OASFactory.createAPIResponse()
                .description("Not signed in: no credentials or a wrong password (Payara's error page, with "
                        + "WWW-Authenticate: Basic), or a token that is unknown, expired or revoked (an ErrorBody)")
                .content(errorBody().addMediaType("text/html", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)))));
        components.addResponse(LOCKED, OASFactory.createAPIResponse()
                .description("Too many failed sign-ins for this user name or from this address: locked for a while")
                .content(errorBody()));
        components.addResponse(READ_ONLY, OASFactory.createAPIResponse()
                .description("Asked with a read-only token, which may only read (GET)")
                .content(errorBody()));
        listsOf(openAPI, components);
        openAPI.setComponents(components);
        openAPI.setTags(oncePerName(openAPI.getTags()));
    }

    /**
     * A response whose schema is a reference to {@code FooList}, where no such schema exists (a record
     * {@code CaseList} is its own schema), answers a JSON array of {@code Foo}: annotations cannot say
     * "array of" a reference in Payara 6 (the reference wins over the type).
     */
    private static void listsOf(OpenAPI openAPI, Components components) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getResponses() != null)
                .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                .filter(ref -> ref != null && ref.startsWith(SCHEMAS) && ref.endsWith(LIST))
                .map(ref -> ref.substring(SCHEMAS.length()))
                .distinct()
                .filter(name -> components.getSchemas() == null || !components.getSchemas().containsKey(name))
                .forEach(name -> components.addSchema(name, OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(name.substring(0, name.length() - LIST.length())))));
    }

    /** Payara lists a tag once per resource class naming it, and once more if the application describes it. */
    private static List<Tag> oncePerName(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        tags.stream().filter(tag -> tag.getDescription() != null).forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
        tags.forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
        return new ArrayList<>(byName.values());
    }

    /**
     * Payara 6 writes every attribute of a {@code @Schema} annotation, set or not, with the
     * annotation's default: {@code maxProperties: 0} would tell a validating client that the object
     * may have no properties at all. The unset ones are cleared; the rest mean "no constraint" anyway.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public PathItem filterPathItem(PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            responses.getAPIResponses().forEach(ApiDescription::errorBodyOn);
            shared(responses, "401", UNAUTHORIZED);
            shared(responses, "429", LOCKED);
            if (method != PathItem.HttpMethod.GET) {
                shared(responses, "403", READ_ONLY);
            }
        });
        return item;
    }

    private static void shared(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static void errorBodyOn(String code, APIResponse response) {
        boolean error = code.startsWith("4") || code.startsWith("5");
        if (error && response.getRef() == null
                && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(errorBody());
        }
    }

    private static Content errorBody() {
        return OASFactory.createContent().addMediaType(JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(ERROR_BODY)));
    }

    /** {@link ErrorBody}: ApiDescriptionIT checks that its properties are the record's components. */
    private static Schema errorBodySchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Every error answer: the HTTP status, a message a person can act on, and the refused "
                        + "fields, worded in the caller's language")
                .addRequired("status").addRequired("message").addRequired("fields")
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("fields", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(ERROR_BODY + "Field")));
    }

    private static Schema fieldSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One refused field (a JSON field, a query parameter or body) and why")
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }
}
