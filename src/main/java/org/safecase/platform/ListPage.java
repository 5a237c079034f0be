package org.safecase.platform;

import java.io.Serializable;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One page of a list that pages in the database (Previous, Next, "Showing 21 to 40 of 57"), as a
 * page bean keeps it between requests: where it starts, how many there are in all, and the rows
 * shown. When the list shrinks under it (rows removed meanwhile), it moves back to its last page.
 *
 * @param <T> a row
 */
public final class ListPage<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads {@code size} rows from {@code first}, in the list's order. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(int first, int size);
    }

    private final int size;
    private int first;
    private long total;
    private List<T> rows = List.of();

    public ListPage(int size) {
        this.size = size;
    }

    /** Reads the page where it stands now, counting first. */
    public void load(LongSupplier count, Rows<T> read) {
        total = count.getAsLong();
        if (first >= total) {
            first = (int) Math.max(0, (total - 1) / size * size);
        }
        rows = List.copyOf(read.read(first, size));
    }

    /** Back to the first page (a new filter); load it next. */
    public void restart() {
        first = 0;
    }

    public void next() {
        if (first + size < total) {
            first += size;
        }
    }

    public void previous() {
        first = Math.max(0, first - size);
    }

    public List<T> rows() {
        return rows;
    }

    public long total() {
        return total;
    }

    /** The range shown, for "Showing {0} to {1} of {2}" ({@code list.range}). */
    public String range(Messages messages) {
        return messages.get("list.range", rows.isEmpty() ? 0 : first + 1, first + rows.size(), total);
    }

    /** Whether there is more than one page, so that Previous and Next are offered. */
    public boolean paged() {
        return total > size;
    }

    public boolean firstPage() {
        return first == 0;
    }

    public boolean lastPage() {
        return first + size >= total;
    }
}
