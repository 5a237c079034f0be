package org.safecase.docs;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safecase.testing.Browser;
import org.safecase.workflow.ProcessModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Draws each process model of {@code bpmn/} as {@code docs/<key>.png} from the model's own
 * diagram (its BPMNDI layout), with the bpmn-js viewer that the application's pages use, in
 * headless Debian Chromium, one pixel per diagram unit, the bpmn.io watermark kept (its licence
 * asks for it). A model that the viewer reads only with warnings is not drawn. Run:
 * {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.safecase.docs.ModelDiagrams}
 * (the build's {@code npm ci} brings bpmn-js into {@code src/main/frontend/node_modules}).
 */
public final class ModelDiagrams {
    private static final Path VIEWER = Path.of("src/main/frontend/node_modules/bpmn-js/dist");
    /** Blank space around the diagram; more below it, where the watermark sits. */
    private static final int MARGIN = 20;
    private static final int WATERMARK_ROOM = 50;

    /** Imports the model and answers the box that the drawing covers, or the viewer's error and warnings. */
    private static final String IMPORT = """
            const [xml, done] = arguments;
            window.viewer = window.viewer || new BpmnJS({ container: '#diagram' });
            window.viewer.importXML(xml).then((result) => {
              const box = window.viewer.get('canvas').getActiveLayer().getBBox();
              done({ x: box.x, y: box.y, width: box.width, height: box.height,
                     warnings: result.warnings.map((w) => w.message) });
            }).catch((error) => done({ error: error.message, warnings: [] }));
            """;

    private ModelDiagrams() {
    }

    public static void main(String[] args) throws IOException {
        Path page = page();
        Files.createDirectories(Path.of("docs"));
        ChromeDriver driver = Browser.start();
        try {
            driver.get(page.toUri().toString());
            for (String file : ProcessModels.RESOURCES) {
                String key = file.replace(".bpmn20.xml", "");
                Path png = Path.of("docs", key + ".png");
                Files.write(png, draw(driver, key, Files.readString(Path.of("bpmn", file))));
                System.out.println(png);
            }
        } finally {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static byte[] draw(ChromeDriver driver, String key, String xml) {
        Map<String, Object> box = (Map<String, Object>) driver.executeAsyncScript(IMPORT, xml);
        List<String> warnings = (List<String>) box.get("warnings");
        if (box.get("error") != null || !warnings.isEmpty()) {
            throw new IllegalStateException(key + ": bpmn-js cannot draw it as it is: " + box.get("error") + " " + warnings);
        }
        double x = ((Number) box.get("x")).doubleValue() - MARGIN;
        double y = ((Number) box.get("y")).doubleValue() - MARGIN;
        int width = (int) Math.ceil(((Number) box.get("width")).doubleValue()) + 2 * MARGIN;
        int height = (int) Math.ceil(((Number) box.get("height")).doubleValue()) + MARGIN + WATERMARK_ROOM;
        fitWindow(driver, width, height);
        driver.executeScript("""
                const canvas = window.viewer.get('canvas');
                canvas.resized();
                canvas.viewbox({ x: arguments[0], y: arguments[1], width: arguments[2], height: arguments[3] });
                """, x, y, width, height);
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Sizes the window so that the page inside it is exactly width by height. */
    @SuppressWarnings("unchecked")
    private static void fitWindow(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        driver.manage().window().setSize(new Dimension(
                2 * width - inner.get(0).intValue(), 2 * height - inner.get(1).intValue()));
    }

    /** A page with the bpmn-js viewer and its style sheets from npm, and an empty drawing area filling it. */
    private static Path page() throws IOException {
        Path script = VIEWER.resolve("bpmn-viewer.production.min.js").toAbsolutePath();
        if (!Files.exists(script)) {
            throw new IllegalStateException(script + " is missing: run the build (npm ci in src/main/frontend) first");
        }
        Path page = Path.of("target", "model-diagrams", "viewer.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Model diagrams</title>
                <link rel="stylesheet" href="%s"><link rel="stylesheet" href="%s">
                <style>html, body, #diagram { margin: 0; width: 100%%; height: 100%%; overflow: hidden; background: #fff; }</style>
                </head><body><div id="diagram"></div><script src="%s"></script></body></html>
                """.formatted(VIEWER.resolve("assets/diagram-js.css").toAbsolutePath().toUri(),
                VIEWER.resolve("assets/bpmn-js.css").toAbsolutePath().toUri(), script.toUri()));
        return page;
    }
}
