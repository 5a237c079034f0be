package org.safecase.oversight.patterns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code oversight/patterns.xhtml} (issue #15 item 4): the LA admin's cross-school patterns, a
 * page at a time from the database, most recently seen first. Anyone else is refused in words.
 */
@Named
@ViewScoped
public class PatternsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient PatternKeys patternKeys;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private final FormProblems problems = new FormProblems();
    private int first;
    private PatternList shown = new PatternList(List.of(), 0, true);

    public void load() {
        try {
            read();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    public void next() {
        if (first + PAGE < shown.total()) {
            first += PAGE;
        }
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        load();
    }

    private void read() {
        shown = patternKeys.list(caller, first, PAGE);
        if (shown.patterns().isEmpty() && first > 0) {
            first = 0;
            shown = patternKeys.list(caller, first, PAGE);
        }
    }

    /** Why the caller may not use the page, or null. */
    public String getRefused() {
        return problems.pageRefusal();
    }

    public List<Pattern> getPatterns() {
        return shown.patterns();
    }

    public boolean isKeyConfigured() {
        return shown.keyConfigured();
    }

    public long getTotal() {
        return shown.total();
    }

    public boolean isPaged() {
        return shown.total() > PAGE;
    }

    public boolean isFirstPage() {
        return first == 0;
    }

    public boolean isLastPage() {
        return first + PAGE >= shown.total();
    }

    public String getRange() {
        return messages.get("list.range", first + 1, first + shown.patterns().size(), shown.total());
    }

    /** The kind of identifier in words. */
    public String kind(Pattern pattern) {
        return messages.get("patterns.kind." + pattern.kind().name());
    }
}
