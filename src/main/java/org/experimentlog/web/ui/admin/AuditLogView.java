package org.experimentlog.web.ui.admin;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The administration page's audit log: one page of changes, the filter by object type and person it
 * was asked with, and the links to the pages before and after. Immutable.
 */
public final class AuditLogView {
    private final List<AuditRowView> rows;
    private final List<OptionView> typeOptions;
    private final String actor;
    private final boolean filtered;
    private final String[] range;
    private final String previousHref;
    private final String nextHref;

    /**
     * @param range the first and last row shown and the total, formatted for the reader
     * @param previousHref the page before, or empty on the first page
     * @param nextHref the page after, or empty on the last page
     */
    public AuditLogView(
            List<AuditRowView> rows,
            List<OptionView> typeOptions,
            String actor,
            boolean filtered,
            String[] range,
            String previousHref,
            String nextHref) {
        this.rows = List.copyOf(rows);
        this.typeOptions = List.copyOf(typeOptions);
        this.actor = actor;
        this.filtered = filtered;
        this.range = range.clone();
        this.previousHref = previousHref;
        this.nextHref = nextHref;
    }

    public List<AuditRowView> getRows() {
        return rows;
    }

    public boolean isHasRows() {
        return !rows.isEmpty();
    }

    /** Every audited type, after "any type"; the chosen one selected. */
    public List<OptionView> getTypeOptions() {
        return typeOptions;
    }

    /** The user name the log is filtered by, or empty. */
    public String getActor() {
        return actor;
    }

    /** Whether a type or person narrows the log (the empty state then says nothing matches). */
    public boolean isFiltered() {
        return filtered;
    }

    public String getFirst() {
        return range[0];
    }

    public String getLast() {
        return range[1];
    }

    public String getTotal() {
        return range[2];
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
}
