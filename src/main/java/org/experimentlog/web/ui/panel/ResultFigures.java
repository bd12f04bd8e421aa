package org.experimentlog.web.ui.panel;

import java.util.ArrayList;
import java.util.List;
import org.experimentlog.domain.experiment.ResultMeasure;

/**
 * A result's stored figures by their names in the API, in the order the forms show them: what the
 * correction form holds and what the undo of a removal sends, from one place.
 */
final class ResultFigures {
    /**
     * One figure.
     *
     * @param name its name in the API
     * @param type {@code number}, {@code integer}, {@code text}, {@code url} or {@code textarea}
     * @param value a {@link Double}, {@link Long} or {@link String} (empty when there is none)
     */
    record Figure(String name, String type, Object value) {}

    /** The planned share of a proportion test: kept as it is, not corrected in the form. */
    static final String SHARE = "plannedVariantShare";

    private ResultFigures() {}

    static List<Figure> of(ResultMeasure m) {
        List<Figure> figures = new ArrayList<>();
        if (m instanceof ResultMeasure.Observed o) {
            figures.add(new Figure("before", "number", o.before()));
            figures.add(new Figure("after", "number", o.after()));
            figures.add(new Figure("unit", "text", o.unit() == null ? "" : o.unit()));
        } else if (m instanceof ResultMeasure.Proportion p) {
            figures.add(new Figure("controlSize", "integer", p.controlSize()));
            figures.add(new Figure("controlConversions", "integer", p.controlConversions()));
            figures.add(new Figure("variantSize", "integer", p.variantSize()));
            figures.add(new Figure("variantConversions", "integer", p.variantConversions()));
            figures.add(new Figure(SHARE, "number", p.plannedVariantShare()));
        } else if (m instanceof ResultMeasure.Mean mean) {
            figures.add(new Figure("controlSize", "integer", mean.controlSize()));
            figures.add(new Figure("controlMean", "number", mean.controlMean()));
            figures.add(new Figure("controlSd", "number", mean.controlSd()));
            figures.add(new Figure("variantSize", "integer", mean.variantSize()));
            figures.add(new Figure("variantMean", "number", mean.variantMean()));
            figures.add(new Figure("variantSd", "number", mean.variantSd()));
        } else if (m instanceof ResultMeasure.Qualitative q) {
            figures.add(new Figure("finding", "textarea", q.finding()));
            figures.add(
                    new Figure(
                            "evidenceUrl",
                            "url",
                            q.evidenceLink().map(Object::toString).orElse("")));
        }
        return figures;
    }
}
