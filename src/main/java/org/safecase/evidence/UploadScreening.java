package org.safecase.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.platform.InvalidInputException;

/**
 * Issue #12 item 5: what an uploaded file must pass before it is kept, the same on the case page,
 * over REST and in the report form. E-mails are read as MIME and refused with a program or an
 * HTML part ({@link EmailScreening}); pictures are measured before they are decoded, refused
 * above the pixel limit and kept re-encoded, without their metadata (EXIF, GPS) ({@link
 * ImageScreening}); PDFs with JavaScript, actions on opening or embedded files are refused
 * ({@link PdfScreening}). A refused file leaves nothing behind.
 */
@ApplicationScoped
public class UploadScreening {
    /** Setting {@code safecase.evidence.max-image-pixels}: 40 million pixels is a screen capture of any real screen. */
    @Inject
    @ConfigProperty(name = "safecase.evidence.max-image-pixels", defaultValue = "40000000")
    long maxImagePixels;

    /**
     * @param field the form field a refusal is reported on
     * @return the content to keep: the file itself, or for a picture its re-encoded pixels
     * @throws InvalidInputException the file is refused, and why
     */
    public byte[] screened(EvidenceType type, byte[] content, String field) {
        try {
            return switch (type) {
                case EMAIL -> EmailScreening.screened(content);
                case PDF -> PdfScreening.screened(content);
                case JPEG, PNG, GIF, WEBP -> ImageScreening.screened(type, content, maxImagePixels);
            };
        } catch (RefusedFile refused) {
            throw Evidence.problem(field, refused.key(), refused.arguments());
        }
    }

    /**
     * Issue #15 item 2: the whole of what an upload must pass, for a feature that keeps files of its
     * own (confidential notes): not empty, at most {@link Evidence#MAX_BYTES}, a type decided by the
     * content ({@link EvidenceType}), {@link #screened}; named safely with the extension its content
     * deserves, and its SHA-256 taken of what is kept.
     *
     * @param field the form field a refusal is reported on
     * @throws InvalidInputException the file is refused, and why
     */
    public ScreenedFile accepted(String fileName, byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw Evidence.problem(field, "problem.evidence.chooseFile");
        }
        if (content.length > Evidence.MAX_BYTES) {
            throw Evidence.problem(field, "problem.evidence.tooLarge");
        }
        EvidenceType type = EvidenceType.of(content).orElseThrow(() -> Evidence.problem(field,
                "problem.evidence.unknownType"));
        byte[] kept = screened(type, content, field);
        return new ScreenedFile(Evidence.safeName(fileName, type), type.mediaType(), kept, Evidence.sha256(kept));
    }
}
