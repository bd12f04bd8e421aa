package org.experimentlog.web.ui.register;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The public register's list page: the filters as asked, the matching experiments and the pages.
 */
public final class RegisterListView {
    private final RegisterChromeView chrome;
    private final String words;
    private final String from;
    private final String to;
    private final List<OptionView> departmentOptions;
    private final List<OptionView> outcomeOptions;
    private final List<OptionView> verdictOptions;
    private final List<RegisterRowView> rows;
    private final int total;
    private final String previousHref;
    private final String nextHref;
    private final String invalidField;
    private final String errorText;

    RegisterListView(
            RegisterChromeView chrome,
            String words,
            String from,
            String to,
            List<OptionView> departmentOptions,
            List<OptionView> outcomeOptions,
            List<OptionView> verdictOptions,
            List<RegisterRowView> rows,
            int total,
            String previousHref,
            String nextHref,
            String invalidField,
            String errorText) {
        this.chrome = chrome;
        this.words = words;
        this.from = from;
        this.to = to;
        this.departmentOptions = List.copyOf(departmentOptions);
        this.outcomeOptions = List.copyOf(outcomeOptions);
        this.verdictOptions = List.copyOf(verdictOptions);
        this.rows = List.copyOf(rows);
        this.total = total;
        this.previousHref = previousHref;
        this.nextHref = nextHref;
        this.invalidField = invalidField;
        this.errorText = errorText;
    }

    public RegisterChromeView getChrome() {
        return chrome;
    }

    public String getWords() {
        return words;
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

    public List<RegisterRowView> getRows() {
        return rows;
    }

    public boolean isHasRows() {
        return !rows.isEmpty();
    }

    public int getTotal() {
        return total;
    }

    public boolean isHasPrevious() {
        return previousHref != null;
    }

    public String getPreviousHref() {
        return previousHref;
    }

    public boolean isHasNext() {
        return nextHref != null;
    }

    public String getNextHref() {
        return nextHref;
    }

    public boolean isInvalid() {
        return invalidField != null;
    }

    public boolean isWordsInvalid() {
        return "q".equals(invalidField);
    }

    public boolean isFromInvalid() {
        return "from".equals(invalidField);
    }

    public boolean isToInvalid() {
        return "to".equals(invalidField);
    }

    /** The message about the invalid filter, in the reader's language. */
    public String getErrorText() {
        return errorText == null ? "" : errorText;
    }
}
