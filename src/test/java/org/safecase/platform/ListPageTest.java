package org.safecase.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A list paged in the database as a page shows it: Previous and Next within bounds, and a list that shrinks meanwhile. */
class ListPageTest {
    private final List<Integer> rows = new ArrayList<>(IntStream.range(0, 45).boxed().toList());
    private final ListPage<Integer> page = new ListPage<>(20);

    private void load() {
        page.load(rows::size, (first, size) -> rows.subList(first, Math.min(rows.size(), first + size)));
    }

    @Test
    void nextAndPreviousStayWithinTheListAndTheLastPageFollowsAShrinkingList() {
        load();
        assertThat(page.rows()).hasSize(20).startsWith(0);
        assertThat(page.paged()).isTrue();
        assertThat(page.firstPage()).isTrue();
        page.next();
        page.next();
        page.next();
        load();
        assertThat(page.rows()).as("no page past the end").containsExactly(40, 41, 42, 43, 44);
        assertThat(page.lastPage()).isTrue();
        rows.subList(30, 45).clear();
        load();
        assertThat(page.rows()).as("moved back to the last page there is").startsWith(20).hasSize(10);
        page.previous();
        page.previous();
        load();
        assertThat(page.firstPage()).isTrue();
        assertThat(page.rows()).startsWith(0);
        rows.clear();
        load();
        assertThat(page.rows()).isEmpty();
        assertThat(page.paged()).isFalse();
        assertThat(page.total()).isZero();
    }
}
