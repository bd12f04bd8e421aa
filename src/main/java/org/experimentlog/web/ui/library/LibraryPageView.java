package org.experimentlog.web.ui.library;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The learning library page: the search form as submitted, its choices, the results and the paging.
 * Immutable.
 */
public final class LibraryPageView {
    private final String text;
    private final String tag;
    private final String from;
    private final String to;
    private final List<OptionView> departmentOptions;
    private final List<OptionView> outcomeOptions;
    private final List<OptionView> verdictOptions;
    private final List<OptionView> orderOptions;
    private final List<LibraryRowView> rows;
    private final String total;
    private final String learnings;
    private final String stories;
    private final String first;
    private final String last;
    private final String previousHref;
    private final String nextHref;
    private final Invalid invalid;

    LibraryPageView(
            Form form,
            List<OptionView> departmentOptions,
            List<OptionView> outcomeOptions,
            List<OptionView> verdictOptions,
            List<OptionView> orderOptions,
            List<LibraryRowView> rows,
            Counts counts,
            String previousHref,
            String nextHref,
            Invalid invalid) {
        this.text = form.text();
        this.tag = form.tag();
        this.from = form.from();
        this.to = form.to();
        this.departmentOptions = List.copyOf(departmentOptions);
        this.outcomeOptions = List.copyOf(outcomeOptions);
        this.verdictOptions = List.copyOf(verdictOptions);
        this.orderOptions = List.copyOf(orderOptions);
        this.rows = List.copyOf(rows);
        this.total = Integer.toString(counts.total());
        this.learnings = Integer.toString(counts.learnings());
        this.stories = Integer.toString(counts.stories());
        this.first = Integer.toString(rows.isEmpty() ? 0 : counts.startAt() + 1);
        this.last = Integer.toString(counts.startAt() + rows.size());
        this.previousHref = previousHref;
        this.nextHref = nextHref;
        this.invalid = invalid;
    }

    /** The raw form fields, as typed, to show them back. */
    record Form(String text, String tag, String from, String to) {}

    /**
     * What kept the search from running: nothing, a field the reader typed (its error is shown next
     * to it), or a value only a hand-made address can spoil (a choice, the paging position), which
     * only the summary mentions.
     */
    enum Invalid {
        NONE("", ""),
        OTHER("", ""),
        TEXT("q", "experimentlog.library.invalid.text"),
        TAG("tag", "experimentlog.library.invalid.tag"),
        FROM_DAY("from", "experimentlog.library.invalid.day"),
        TO_DAY("to", "experimentlog.library.invalid.day"),
        PERIOD("to", "experimentlog.library.invalid.period");

        private final String field;
        private final String messageKey;

        Invalid(String field, String messageKey) {
            this.field = field;
            this.messageKey = messageKey;
        }

        /**
         * The problem the search query names by its field: the text too long, or the period
         * backwards.
         */
        static Invalid ofQueryField(String field) {
            return field.equals("q") ? TEXT : field.equals("to") ? PERIOD : OTHER;
        }
    }

    /** The counts of a search. */
    record Counts(int total, int learnings, int stories, int startAt) {}

    public String getText() {
        return text;
    }

    public String getTag() {
        return tag;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    public List<OptionView> getOutcomeOptions() {
        return outcomeOptions;
    }

    public List<OptionView> getVerdictOptions() {
        return verdictOptions;
    }

    public List<OptionView> getOrderOptions() {
        return orderOptions;
    }

    public List<LibraryRowView> getRows() {
        return rows;
    }

    public boolean isHasRows() {
        return !rows.isEmpty();
    }

    public String getTotal() {
        return total;
    }

    public String getLearnings() {
        return learnings;
    }

    public String getStories() {
        return stories;
    }

    /** The position of the first result shown, counting from 1. */
    public String getFirst() {
        return first;
    }

    /** The position of the last result shown. */
    public String getLast() {
        return last;
    }

    public boolean isHasPrevious() {
        return !previousHref.isEmpty();
    }

    public String getPreviousHref() {
        return previousHref;
    }

    public boolean isHasNext() {
        return !nextHref.isEmpty();
    }

    public String getNextHref() {
        return nextHref;
    }

    /** Whether the search could not be run because a field was malformed. */
    /**
     * Whether the reader searched or filtered: an empty result then says nothing matched, otherwise
     * that nothing was shared yet.
     */
    public boolean isFiltered() {
        return !text.isEmpty()
                || !tag.isEmpty()
                || !from.isEmpty()
                || !to.isEmpty()
                || departmentOptions.stream()
                        .anyMatch(o -> o.isSelected() && !o.getValue().isEmpty())
                || outcomeOptions.stream().anyMatch(o -> o.isSelected() && !o.getValue().isEmpty())
                || verdictOptions.stream().anyMatch(o -> o.isSelected() && !o.getValue().isEmpty());
    }

    public boolean isInvalid() {
        return invalid != Invalid.NONE;
    }

    /** Whether the words searched for are what kept the search from running. */
    public boolean isTextInvalid() {
        return invalid.field.equals("q");
    }

    public boolean isTagInvalid() {
        return invalid.field.equals("tag");
    }

    public boolean isFromInvalid() {
        return invalid.field.equals("from");
    }

    public boolean isToInvalid() {
        return invalid.field.equals("to");
    }

    /**
     * The message shown next to the field that kept the search from running; empty when no typed
     * field did.
     */
    public String getErrorKey() {
        return invalid.messageKey;
    }
}
