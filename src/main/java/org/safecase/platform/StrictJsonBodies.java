package org.safecase.platform;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item 6 of issue #10: every JSON body read into a request record is checked against the record
 * before JSON-B sees it, because JSON-B coerces ({@code 12} or {@code true} into a text field).
 * A text field takes a JSON string, a yes/no field {@code true} or {@code false}, a whole-number
 * field a whole JSON number, a list field an array of JSON strings (the only lists bodies hold),
 * {@code null} always; a field the record does not have is refused
 * too (a misspelt {@code immediateDanger} must not be dropped in silence). Every problem is one
 * {@link FieldProblem} naming the field; nothing is stored. Fields typed {@link JsonValue} are
 * the record's own to check.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {
    private static final Set<Class<?>> TEXT = Set.of(String.class);
    private static final Set<Class<?>> YES_NO = Set.of(Boolean.class, boolean.class);
    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class);
    /**
     * Made once: {@code Json.createReader} looks the JSON-P provider up through the class loader
     * on every call, which was 3% of the server's CPU under {@code bench/run.sh intake}.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord() || context.getMediaType() == null
                || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue json = parsed(new String(body, StandardCharsets.UTF_8));
        if (json != null) {
            check(context.getType(), json);
        }
        return context.proceed();
    }

    /** The problems of a body for a record, thrown at once; none if every field fits. */
    static void check(Class<?> record, JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "problem.jsonObject")));
        }
        Map<String, Class<?>> fields = new java.util.HashMap<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> fields.put(c.getName(), c.getType()));
        List<FieldProblem> problems = new ArrayList<>();
        object.forEach((name, value) -> {
            Class<?> type = fields.get(name);
            Phrase problem = type == null ? Phrase.of("problem.noSuchField", shortened(name))
                    : problemWith(type, value);
            if (problem != null) {
                problems.add(new FieldProblem(shortened(name), problem));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Phrase problemWith(Class<?> type, JsonValue value) {
        JsonValue.ValueType kind = value.getValueType();
        if (kind == JsonValue.ValueType.NULL) {
            return null;
        }
        if (TEXT.contains(type) && kind != JsonValue.ValueType.STRING) {
            return Phrase.of("problem.textInQuotes");
        }
        if (YES_NO.contains(type) && kind != JsonValue.ValueType.TRUE && kind != JsonValue.ValueType.FALSE) {
            return Phrase.of("problem.trueOrFalse");
        }
        if (WHOLE.contains(type) && !(value instanceof JsonNumber number && number.isIntegral())) {
            return Phrase.of("problem.wholeNumberNoQuotes");
        }
        if (List.class.isAssignableFrom(type) && !(value instanceof jakarta.json.JsonArray array
                && array.stream().allMatch(item -> item.getValueType() == JsonValue.ValueType.STRING))) {
            return Phrase.of("problem.listOfTexts");
        }
        return null;
    }

    /** The body as JSON; {@code null} if empty or not JSON at all, which JSON-B then refuses in its own words. */
    private static JsonValue parsed(String text) {
        if (text.isBlank()) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException malformed) {
            return null;
        }
    }

    private static String shortened(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "\u2026";
    }
}
