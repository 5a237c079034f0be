package org.safecase.takedown;

import org.safecase.platform.Locales;
import org.safecase.platform.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The letter asking a known poster to remove material (R-ST-5): it explains why the material is
 * unacceptable and asks for it to be removed. The school may reword it; {school}, {date},
 * {address} and {poster} are filled in, in the language of the person printing it.
 */
public final class RemovalLetter {
    /** The wording a school starts from, in en-GB (each language's is the bundle's {@code letter.removal.default}). */
    public static final String DEFAULT_TEXT = defaultText(Locales.DEFAULT);
    static final int MAX_TEMPLATE = 10_000;
    private static final org.safecase.platform.PlainPdf LAYOUT = new org.safecase.platform.PlainPdf(56, 11, 15);

    private RemovalLetter() {
    }

    public static String defaultText(Locale locale) {
        return Messages.text(locale, "letter.removal.default");
    }

    static String fill(String template, String school, LocalDate date, String address, String poster) {
        return fill(Locales.current(), template, school, date, address, poster);
    }

    static String fill(Locale locale, String template, String school, LocalDate date, String address, String poster) {
        Map<String, String> values = Map.of(
                "{school}", school,
                "{date}", date.format(DateTimeFormatter.ofPattern(Messages.text(locale, "format.letterDate"), locale)),
                "{address}", address == null || address.isBlank() ? Messages.text(locale, "letter.removal.noAddress")
                        : address.strip(),
                "{poster}", poster == null || poster.isBlank() ? Messages.text(locale, "letter.removal.noPoster")
                        : poster.strip());
        String text = template;
        for (var value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }

    /** Lays the text out on A4 pages, wrapping words, in a Unicode font (platform.PdfText). */
    static byte[] pdf(String text) {
        return LAYOUT.of(List.of(text.split("\n", -1)));
    }
}
