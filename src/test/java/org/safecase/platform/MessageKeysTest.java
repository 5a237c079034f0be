package org.safecase.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string a person sees comes from messages.properties, written by several hands at once: a
 * key written twice silently takes the later text everywhere (seen: the incident report's title
 * became the governors' report's when both features used "report.title").
 */
class MessageKeysTest {
    private static final Path BUNDLE = Path.of("src/main/resources/org/safecase/platform/messages.properties");

    @Test
    void everyKeyIsWrittenOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new java.util.ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.ISO_8859_1)) {
            String trimmed = line.strip();
            boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
            continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
            if (!startsEntry) {
                continue;
            }
            String key = trimmed.split("\\s*[=:]|\\s", 2)[0];
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).as("keys written more than once in " + BUNDLE).isEmpty();
    }
}
