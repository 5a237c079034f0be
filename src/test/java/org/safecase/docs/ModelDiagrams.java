package org.safecase.docs;

import org.flowable.bpmn.BpmnAutoLayout;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.safecase.workflow.ProcessModels;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Draws each model of {@code bpmn/} as {@code docs/<key>.png} (laid out automatically), for the
 * README. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.safecase.docs.ModelDiagrams}.
 */
public final class ModelDiagrams {
    private ModelDiagrams() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(Path.of("docs"));
        for (String file : ProcessModels.RESOURCES) {
            BpmnModel model;
            try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
                model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
            }
            BpmnAutoLayout layout = new BpmnAutoLayout(model);
            layout.setTaskWidth(190);
            layout.setTaskHeight(70);
            layout.execute();
            String key = file.replace(".bpmn20.xml", "");
            try (InputStream png = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", List.of(), List.of(),
                    "Arial", "Arial", "Arial", ModelDiagrams.class.getClassLoader(), 1.0, true)) {
                Files.copy(png, Path.of("docs", key + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("docs/" + key + ".png");
        }
    }
}
