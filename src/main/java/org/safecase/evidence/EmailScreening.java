package org.safecase.evidence;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * An e-mail export is kept only if it is an e-mail (MIME, read with Jakarta Mail) with no program
 * or script in it and no HTML part: an attachment that runs, or markup that loads, hides links or
 * tracks, is a risk to whoever opens the evidence later. A part is a program by its declared type,
 * by its file name, or by its first bytes (Windows MZ, ELF, Mach-O, a {@code #!} script), so a
 * renamed or mislabelled attachment is caught too. A message cut short (a multipart without its
 * closing boundary) is refused rather than read as far as it goes.
 */
final class EmailScreening {
    static final int MAX_PARTS = 200;
    static final int MAX_DEPTH = 10;

    private static final Set<String> PROGRAM_TYPES = Set.of("application/x-msdownload", "application/x-msdos-program",
            "application/x-dosexec", "application/x-executable", "application/x-elf", "application/x-mach-binary",
            "application/vnd.microsoft.portable-executable", "application/x-ms-installer", "application/x-msi",
            "application/x-sh", "application/x-shellscript", "application/x-csh", "application/x-bat",
            "application/x-msbatch", "application/x-powershell", "application/hta", "application/x-ms-shortcut",
            "application/java-archive", "application/x-java-archive", "application/vnd.android.package-archive",
            "application/javascript", "application/x-javascript", "text/javascript", "application/ecmascript",
            "text/vbscript", "application/x-vbscript", "application/x-python-code", "text/x-python",
            "application/x-perl", "text/x-shellscript", "application/x-apple-diskimage");
    private static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "pif", "cpl", "msi",
            "msp", "mst", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "hta", "lnk",
            "reg", "jar", "apk", "app", "sh", "bash", "csh", "ksh", "command", "py", "pyc", "pl", "rb", "elf", "bin",
            "run", "dmg", "pkg", "deb", "rpm", "appimage", "scf", "inf", "gadget", "msc", "application", "xll");

    private EmailScreening() {
    }

    static byte[] screened(byte[] content) {
        MimeMessage message;
        try {
            message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(content));
            new Walk().check(message, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof RefusedFile refused) {
                throw refused;
            }
            throw new RefusedFile("problem.evidence.upload.emailUnreadable");
        }
        return content;
    }

    /** One pass over the parts of a message, nested messages included, with a limit on both. */
    private static final class Walk {
        private int parts;

        void check(Part part, int depth) throws MessagingException, IOException {
            if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
                throw new RefusedFile("problem.evidence.upload.emailTooComplex");
            }
            String type = baseType(part);
            if (type.startsWith("multipart/")) {
                Object body = part.getContent();
                if (!(body instanceof Multipart multipart)) {
                    throw new RefusedFile("problem.evidence.upload.emailUnreadable");
                }
                int count = multipart.getCount();
                if (multipart instanceof jakarta.mail.internet.MimeMultipart mime && !mime.isComplete()) {
                    throw new RefusedFile("problem.evidence.upload.emailUnreadable");
                }
                for (int i = 0; i < count; i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    check(child, depth + 1);
                }
                return;
            }
            if (type.equals("message/rfc822") || type.equals("message/global")) {
                Object body = part.getContent();
                if (body instanceof Part inner) {
                    check(inner, depth + 1);
                    return;
                }
                throw new RefusedFile("problem.evidence.upload.emailUnreadable");
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                throw new RefusedFile("problem.evidence.upload.emailHtml");
            }
            if (PROGRAM_TYPES.contains(type) || isProgramName(fileName(part)) || startsLikeProgram(part)) {
                throw new RefusedFile("problem.evidence.upload.emailProgram");
            }
        }
    }

    private static String baseType(Part part) throws MessagingException {
        String declared = part.getContentType();
        if (declared == null) {
            return "text/plain";
        }
        try {
            return new ContentType(declared).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            throw new RefusedFile("problem.evidence.upload.emailUnreadable");
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (java.io.UnsupportedEncodingException e) {
            return name;
        }
    }

    /** By extension, ignoring case and the trailing dots and spaces Windows drops ({@code run.exe .}). */
    static boolean isProgramName(String name) {
        if (name == null) {
            return false;
        }
        String trimmed = name.strip().replaceAll("[.\\s]+$", "").toLowerCase(Locale.ROOT);
        int dot = trimmed.lastIndexOf('.');
        return dot >= 0 && PROGRAM_EXTENSIONS.contains(trimmed.substring(dot + 1));
    }

    /** By the decoded part's first bytes: MZ (Windows), ELF, Mach-O, or a {@code #!} script. */
    private static boolean startsLikeProgram(Part part) throws MessagingException, IOException {
        byte[] head;
        try (InputStream in = part.getInputStream()) {
            head = in.readNBytes(4);
        }
        return startsLikeProgram(head);
    }

    static boolean startsLikeProgram(byte[] head) {
        if (head.length < 2) {
            return false;
        }
        int b0 = head[0] & 0xFF;
        int b1 = head[1] & 0xFF;
        if ((b0 == 'M' && b1 == 'Z') || (b0 == '#' && b1 == '!')) {
            return true;
        }
        if (head.length < 4) {
            return false;
        }
        int word = (b0 << 24) | (b1 << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        return word == 0x7F454C46 || word == 0xFEEDFACE || word == 0xFEEDFACF || word == 0xCEFAEDFE
                || word == 0xCFFAEDFE || word == 0xCAFEBABE;
    }
}
