package org.safecase.workflow.admin;

import org.safecase.workflow.ProcessModels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The models SafeCase ships (bpmn/ on the class path), by key and kind, and the checksum that tells two files apart. */
final class ModelFiles {
    private static final Map<String, ModelKind> SHIPPED = shipped();

    private ModelFiles() {
    }

    /** Every shipped model's key, processes first, in the order of {@link ProcessModels}. */
    static Map<String, ModelKind> shippedKeys() {
        return SHIPPED;
    }

    static boolean isShipped(String key) {
        return key != null && SHIPPED.containsKey(key);
    }

    static byte[] shippedFile(String key) {
        String resource = "bpmn/" + SHIPPED.get(key).fileName(key);
        try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Process model missing from the build: " + resource));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checksum(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    private static Map<String, ModelKind> shipped() {
        Map<String, ModelKind> keys = new LinkedHashMap<>();
        for (String file : ProcessModels.RESOURCES) {
            keys.put(file.substring(0, file.length() - ModelKind.PROCESS.fileName("").length()), ModelKind.PROCESS);
        }
        for (String file : ProcessModels.DECISION_RESOURCES) {
            keys.put(file.substring(0, file.length() - ModelKind.DECISION.fileName("").length()), ModelKind.DECISION);
        }
        return java.util.Collections.unmodifiableMap(keys);
    }
}
