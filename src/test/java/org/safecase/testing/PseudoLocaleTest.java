package org.safecase.testing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #11 item 6: the pseudo-locale checker finds a string that is not from a bundle. */
class PseudoLocaleTest {
    private static final String O = PseudoLocale.OPEN;
    private static final String C = PseudoLocale.CLOSE;

    @Test
    void issue11_item6_theCheckerFailsOnOneHardCodedString() {
        String page = "<html><head><title>" + O + "Task inbox" + C + " - " + O + "SafeCase" + C + "</title>"
                + "<script>var x = 'not shown';</script></head><body>"
                + "<h1>" + O + "Task inbox" + C + "</h1>"
                + "<table><tr><td>SC-2026-000042</td><td>" + O + "Lead triages report" + C + "</td>"
                + "<td>Thu 3 Dec 2026, 12:46</td><td>Sam Staff</td><td>lead.riverside</td></tr>"
                + "<tr><td>Due:</td><td>" + O + "Signed in as lead.riverside" + C + "</td></tr></table></body></html>";

        assertThat(PseudoLocale.unwrapped(PseudoLocale.textsOf(page), List.of("Sam Staff"))).containsExactly("Due:");
        assertThat(PseudoLocale.unwrapped(PseudoLocale.textsOf(page.replace("Due:", O + "Due:" + C)), List.of("Sam Staff")))
                .isEmpty();
    }

    @Test
    void issue11_item6_aBundleTextSplitByMarkupStaysWrappedAcrossNodes() {
        List<String> texts = PseudoLocale.textsOf("<p>" + O + "Read the <strong>report</strong> first." + C + " Then this</p>");
        assertThat(PseudoLocale.unwrapped(texts, List.of())).containsExactly("first." + C + " Then this");
    }

    @Test
    void issue11_item6_thePseudoBundleWrapsEveryValueAndKeepsPlaceholdersAndPatterns() throws Exception {
        String english = "inbox.completed=Task for case {0} completed.\nformat.day=EEE d MMM yyyy\n"
                + "case.noApostrophe=The school's case\nchild.age=Give the child''s age, {0,number,#}.\n";
        Properties pseudo = new Properties();
        pseudo.load(new StringReader(PseudoLocale.bundleFrom(new ByteArrayInputStream(english.getBytes(StandardCharsets.UTF_8)))));

        assertThat(new MessageFormat(pseudo.getProperty("inbox.completed"), Locale.UK).format(new Object[]{"SC-2026-000001"}))
                .isEqualTo(O + "Task for case SC-2026-000001 completed." + C);
        assertThat(new MessageFormat(pseudo.getProperty("child.age"), Locale.UK).format(new Object[]{7}))
                .isEqualTo(O + "Give the child's age, 7." + C);
        assertThat(pseudo.getProperty("case.noApostrophe")).isEqualTo(O + "The school's case" + C);
        assertThat(pseudo.getProperty("format.day")).isEqualTo("EEE d MMM yyyy");
    }

    @Test
    void issue11_item6_theRealBundleHasAPseudoValueForEveryKey() throws Exception {
        Properties english = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/org/safecase/platform/messages.properties"), StandardCharsets.UTF_8)) {
            english.load(in);
        }
        Properties pseudo = new Properties();
        pseudo.load(new StringReader(PseudoLocale.bundle()));
        assertThat(pseudo.keySet()).isEqualTo(english.keySet());
        assertThat(pseudo.getProperty("nav.inbox")).isEqualTo(O + "Task inbox" + C);
    }
}
