package org.safecase.workflow;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessModelsTest {
    @Test
    void everyModelInTheBpmnFolderIsDeployed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bpmn20.xml")))
                    .containsExactlyInAnyOrderElementsOf(ProcessModels.RESOURCES);
        }
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".dmn")))
                    .containsExactlyInAnyOrderElementsOf(ProcessModels.DECISION_RESOURCES);
        }
    }
}
