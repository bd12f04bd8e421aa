package org.experimentlog.web.ui.failures;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The failures-shared feed: the filter's choices, one page of stories and the links to the pages
 * around it.
 */
public final class FailureFeedView {
    private final String baseUrl;
    private final List<OptionView> departmentOptions;
    private final List<OptionView> factorOptions;
    private final List<OptionView> impactOptions;
    private final String from;
    private final String to;
    private final String text;
    private final List<FailureCardView> cards;
    private final boolean filtered;
    private final String shownFrom;
    private final String shownTo;
    private final String total;
    private final String previousUrl;
    private final String nextUrl;
    private final boolean periodBackwards;

    FailureFeedView(
            String baseUrl,
            List<OptionView> departmentOptions,
            List<OptionView> factorOptions,
            List<OptionView> impactOptions,
            String from,
            String to,
            String text,
            List<FailureCardView> cards,
            boolean filtered,
            int startAt,
            int total,
            String previousUrl,
            String nextUrl,
            boolean periodBackwards) {
        this.baseUrl = baseUrl;
        this.departmentOptions = List.copyOf(departmentOptions);
        this.factorOptions = List.copyOf(factorOptions);
        this.impactOptions = List.copyOf(impactOptions);
        this.from = from;
        this.to = to;
        this.text = text;
        this.cards = List.copyOf(cards);
        this.filtered = filtered;
        this.shownFrom = Integer.toString(cards.isEmpty() ? 0 : startAt + 1);
        this.shownTo = Integer.toString(startAt + cards.size());
        this.total = Integer.toString(total);
        this.previousUrl = previousUrl;
        this.nextUrl = nextUrl;
        this.periodBackwards = periodBackwards;
    }

    /** The feed's address; the story pages, the form and the guide are under it. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    public List<OptionView> getFactorOptions() {
        return factorOptions;
    }

    public List<OptionView> getImpactOptions() {
        return impactOptions;
    }

    /**
     * Whether the period ends before it starts, so no story can match: the page says so next to the
     * end day.
     */
    public boolean isPeriodBackwards() {
        return periodBackwards;
    }

    /** The period's first day as typed (ISO), or empty. */
    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    /** The words the shown stories contain; empty for any. */
    public String getText() {
        return text;
    }

    public List<FailureCardView> getCards() {
        return cards;
    }

    public boolean isHasCards() {
        return !cards.isEmpty();
    }

    /** Whether a filter narrows the feed, so the empty state says so. */
    public boolean isFiltered() {
        return filtered;
    }

    public String getShownFrom() {
        return shownFrom;
    }

    public String getShownTo() {
        return shownTo;
    }

    public String getTotal() {
        return total;
    }

    public boolean isHasPrevious() {
        return !previousUrl.isEmpty();
    }

    public String getPreviousUrl() {
        return previousUrl;
    }

    public boolean isHasNext() {
        return !nextUrl.isEmpty();
    }

    public String getNextUrl() {
        return nextUrl;
    }
}
