package org.safecase.evidence;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A PDF is kept only if nothing in it runs or hides: no JavaScript, no action on opening
 * ({@code /OpenAction}) or on any event ({@code /AA}), no launch of a program, and no embedded
 * files. Every object reachable from the document's trailer is looked at (read with PDFBox), not
 * only the catalogue, so an action on a page, a link or a form field is found as well.
 */
final class PdfScreening {
    static final int MAX_OBJECTS = 200_000;

    private static final Set<COSName> ACTIVE = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.OPEN_ACTION, COSName.AA,
            COSName.getPDFName("Launch"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"),
            COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"));
    private static final Set<COSName> EMBEDDED = Set.of(COSName.EMBEDDED_FILES, COSName.EF, COSName.EMBEDDED_FILE,
            COSName.getPDFName("FileAttachment"));

    private PdfScreening() {
    }

    static byte[] screened(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            check(document.getDocument().getTrailer());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedFile refused) {
                throw refused;
            }
            throw new RefusedFile("problem.evidence.upload.pdfUnreadable");
        }
        return content;
    }

    private static void check(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> next = new ArrayDeque<>();
        next.push(trailer);
        while (!next.isEmpty()) {
            COSBase item = next.pop();
            if (item instanceof COSObject indirect) {
                item = indirect.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new RefusedFile("problem.evidence.upload.pdfUnreadable");
            }
            if (item instanceof COSDictionary dictionary) {
                for (COSName key : dictionary.keySet()) {
                    refuseIf(key);
                }
                if (dictionary.getItem(COSName.S) instanceof COSName action) {
                    refuseIf(action);
                }
                if (dictionary.getItem(COSName.SUBTYPE) instanceof COSName subtype) {
                    refuseIf(subtype);
                }
                if (dictionary.getItem(COSName.TYPE) instanceof COSName type) {
                    refuseIf(type);
                }
                dictionary.getValues().forEach(next::push);
            } else if (item instanceof COSArray array) {
                array.forEach(next::push);
            }
        }
    }

    private static void refuseIf(COSName name) {
        if (ACTIVE.contains(name)) {
            throw new RefusedFile("problem.evidence.upload.pdfActive");
        }
        if (EMBEDDED.contains(name)) {
            throw new RefusedFile("problem.evidence.upload.pdfEmbedded");
        }
    }
}
