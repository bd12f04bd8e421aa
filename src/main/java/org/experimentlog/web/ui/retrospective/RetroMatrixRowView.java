package org.experimentlog.web.ui.retrospective;

import java.util.List;

/**
 * A row of the department × department matrix: the department, and per column the experiments
 * shared.
 */
public final class RetroMatrixRowView {
    private final String name;
    private final List<String> cells;

    RetroMatrixRowView(String name, List<String> cells) {
        this.name = name;
        this.cells = List.copyOf(cells);
    }

    public String getName() {
        return name;
    }

    /** One count per column, in the columns' order; "0" where the two never worked together. */
    public List<String> getCells() {
        return cells;
    }
}
