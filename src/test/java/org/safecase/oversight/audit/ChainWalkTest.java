package org.safecase.oversight.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Issue #15 item 1 (R-X-3): the audit hash chain shows the first broken link")
class ChainWalkTest {
    private static SealedEvent row(long id) {
        return new SealedEvent(id, LocalDateTime.of(2026, 12, 7, 9, 0).plusSeconds(id), 7L, 3L, 1L, "CASE_VIEWED",
                "NS-2026-" + id, "DONE");
    }

    private static List<ChainLink> seal(List<SealedEvent> rows) {
        List<ChainLink> links = new ArrayList<>();
        String prev = ChainLink.GENESIS;
        for (int i = 0; i < rows.size(); i++) {
            ChainLink link = ChainLink.after(prev, i + 1, rows.get(i));
            links.add(link);
            prev = link.hash();
        }
        return links;
    }

    private static Optional<ChainBreak> walk(List<ChainLink> links, List<SealedEvent> now) {
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < links.size(); i++) {
            Optional<ChainBreak> broken = walk.next(links.get(i), now.get(i));
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    private final List<SealedEvent> rows = List.of(row(1), row(2), row(3), row(4), row(5));
    private final List<ChainLink> links = seal(rows);

    @Test
    void rx3_item1_anUntouchedChainHolds() {
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < links.size(); i++) {
            assertThat(walk.next(links.get(i), rows.get(i))).isEmpty();
        }
        assertThat(walk.checked()).isEqualTo(5);
        assertThat(walk.head()).isEqualTo(links.get(4).hash());
    }

    @Test
    void rx3_item1_aChangedRowBreaksTheChainAtItsLink() {
        List<SealedEvent> now = new ArrayList<>(rows);
        SealedEvent third = rows.get(2);
        now.set(2, new SealedEvent(third.id(), third.occurredAt(), 8L, third.schoolId(), third.localAuthorityId(),
                third.action(), third.subject(), third.outcome()));
        assertThat(walk(links, now)).contains(new ChainBreak(3, 3, ChainBreak.Reason.ROW_CHANGED));
    }

    @Test
    void rx3_item1_aChangedOutcomeOrTimeIsFound() {
        List<SealedEvent> now = new ArrayList<>(rows);
        SealedEvent second = rows.get(1);
        now.set(1, new SealedEvent(second.id(), second.occurredAt().plusNanos(1000), second.actorId(), second.schoolId(),
                second.localAuthorityId(), second.action(), second.subject(), second.outcome()));
        assertThat(walk(links, now)).contains(new ChainBreak(2, 2, ChainBreak.Reason.ROW_CHANGED));
        now.set(1, new SealedEvent(second.id(), second.occurredAt(), second.actorId(), second.schoolId(),
                second.localAuthorityId(), second.action(), second.subject(), "REFUSED"));
        assertThat(walk(links, now)).contains(new ChainBreak(2, 2, ChainBreak.Reason.ROW_CHANGED));
    }

    @Test
    void rx3_item1_aDeletedRowIsFound() {
        List<SealedEvent> now = new ArrayList<>(rows);
        now.set(3, null);
        assertThat(walk(links, now)).contains(new ChainBreak(4, 4, ChainBreak.Reason.ROW_DELETED));
    }

    @Test
    void rx3_item1_aDeletedLinkIsFound() {
        List<ChainLink> cut = new ArrayList<>(links);
        List<SealedEvent> now = new ArrayList<>(rows);
        cut.remove(1);
        now.remove(1);
        assertThat(walk(cut, now)).contains(new ChainBreak(2, 3, ChainBreak.Reason.LINK_MISSING));
    }

    @Test
    void rx3_item1_reorderedLinksAreFound() {
        List<ChainLink> swapped = new ArrayList<>(links);
        ChainLink second = links.get(1);
        ChainLink third = links.get(2);
        swapped.set(1, new ChainLink(third.eventId(), third.chainId(), 2, third.prevHash(), third.hash()));
        swapped.set(2, new ChainLink(second.eventId(), second.chainId(), 3, second.prevHash(), second.hash()));
        List<SealedEvent> now = List.of(rows.get(0), rows.get(2), rows.get(1), rows.get(3), rows.get(4));
        assertThat(walk(swapped, now)).contains(new ChainBreak(2, 3, ChainBreak.Reason.LINK_OUT_OF_ORDER));
    }

    @Test
    void rx3_item1_aRowMovedToAnotherAuthorityIsFound() {
        List<SealedEvent> now = new ArrayList<>(rows);
        SealedEvent first = rows.get(0);
        now.set(0, new SealedEvent(first.id(), first.occurredAt(), first.actorId(), first.schoolId(), 2L, first.action(),
                first.subject(), first.outcome()));
        assertThat(walk(links, now)).contains(new ChainBreak(1, 1, ChainBreak.Reason.ROW_CHANGED));
    }

    @Test
    void rx3_item1_fieldsCannotBeShiftedIntoEachOther() {
        SealedEvent a = new SealedEvent(1, null, null, null, null, "AB", "C", "DONE");
        SealedEvent b = new SealedEvent(1, null, null, null, null, "A", "BC", "DONE");
        assertThat(ChainLink.hash(ChainLink.GENESIS, a)).isNotEqualTo(ChainLink.hash(ChainLink.GENESIS, b));
    }
}
