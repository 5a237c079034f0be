package org.safecase.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.platform.FormProblems;
import org.safecase.platform.ListPage;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code identity/schools.xhtml} (issue #13 item 3): an LA admin lists their local
 * authority's schools by name (paged in the database), adds one and changes one on the same page.
 * The school being changed is held in the view, never named in the address. Everything goes
 * through {@link SchoolRegister}, which asks {@link Authorisation}; anyone else is refused in
 * words when the page opens.
 */
@Named
@ViewScoped
public class SchoolsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient SchoolRegister register;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private String filter;
    private String shownFilter = "";
    private final ListPage<SchoolEntry> page = new ListPage<>(PAGE);

    private Long editingId;
    private String editingName;
    private String name;
    private String urn;
    private String nation;
    private String dayStarts;
    private String dayEnds;
    private final FormProblems problems = new FormProblems();

    /**
     * Opens the page on the first schools by name. Anyone but an LA admin is refused in words on
     * the page itself (403), without its forms: a refusal answered by the error page would leave
     * that page's ViewState behind, which posted back to this address cannot be restored.
     */
    public void load() {
        try {
            refresh();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    public void find() {
        shownFilter = filter == null ? "" : filter;
        page.restart();
        refresh();
    }

    public void next() {
        page.next();
        refresh();
    }

    public void previous() {
        page.previous();
        refresh();
    }

    /** Fills the form with a school of the list, to change it. */
    public void edit(Long schoolId) {
        problems.clear();
        try {
            SchoolEntry school = register.one(caller, schoolId);
            editingId = school.id();
            editingName = school.name();
            name = school.name();
            urn = school.urn();
            nation = school.nation().name();
            dayStarts = school.dayStarts();
            dayEnds = school.dayEnds();
        } catch (RuntimeException e) {
            handle(e);
            refresh();
        }
    }

    /** Back to an empty form for a new school. */
    public void cancel() {
        clear();
    }

    /** Adds the school typed, or saves the changes to the one being changed. */
    public void save() {
        problems.clear();
        SchoolForm form = new SchoolForm(name, urn, nation, dayStarts, dayEnds);
        try {
            SchoolEntry saved = editingId == null ? register.create(caller, form) : register.change(caller, editingId, form);
            PageMessages.info(messages.get(editingId == null ? "schools.added" : "schools.changed", saved.name()));
            clear();
        } catch (RuntimeException e) {
            handle(e);
        }
        refresh();
    }

    private void refresh() {
        page.load(() -> register.count(caller, shownFilter),
                (first, size) -> register.list(caller, shownFilter, first, size));
    }

    private void clear() {
        problems.clear();
        editingId = null;
        editingName = null;
        name = null;
        urn = null;
        nation = null;
        dayStarts = null;
        dayEnds = null;
    }

    private void handle(RuntimeException e) {
        if (problems.show(e)) {
            clear();
        }
    }

    /** Why the caller may not use the page, or null. */
    public String getRefused() {
        return problems.pageRefusal();
    }

    public String problem(String field) {
        return problems.of(field);
    }

    /** "Showing 21 to 40 of 57". */
    public String getRange() {
        return page.range(messages);
    }

    public String hours(SchoolEntry school) {
        return school.dayStarts() == null ? messages.get("schools.usualDay")
                : messages.get("schools.dayRange", school.dayStarts(), school.dayEnds());
    }

    public String changeLabel(SchoolEntry school) {
        return messages.get("schools.changeLabel", school.name());
    }

    public String getFormHeading() {
        return editingId == null ? messages.get("schools.add") : messages.get("schools.changeHeading", editingName);
    }

    public Nation[] getNations() {
        return Nation.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    /** Whether there is more than one page, so that Previous and Next are offered. */
    public boolean isPaged() {
        return page.paged();
    }

    public boolean isFirstPage() {
        return page.firstPage();
    }

    public boolean isLastPage() {
        return page.lastPage();
    }

    public List<SchoolEntry> getList() {
        return page.rows();
    }

    public long getTotal() {
        return page.total();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrn() {
        return urn;
    }

    public void setUrn(String urn) {
        this.urn = urn;
    }

    public String getNation() {
        return nation;
    }

    public void setNation(String nation) {
        this.nation = nation;
    }

    public String getDayStarts() {
        return dayStarts;
    }

    public void setDayStarts(String dayStarts) {
        this.dayStarts = dayStarts;
    }

    public String getDayEnds() {
        return dayEnds;
    }

    public void setDayEnds(String dayEnds) {
        this.dayEnds = dayEnds;
    }
}
