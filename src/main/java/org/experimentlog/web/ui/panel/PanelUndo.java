package org.experimentlog.web.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.ui.JsonText;

/**
 * The bodies that undo a removal on the issue panel: a deleted result or learning as the API
 * records it again ({@code POST …/iterations/{id}/results}, {@code POST …/learnings}), with the
 * same figures, words and tags. The page's script sends it from the flag's Undo button.
 */
final class PanelUndo {
    private PanelUndo() {}

    static String result(Result r) {
        List<String> fields = new ArrayList<>();
        r.outcomeId().map(OutcomeId::value).ifPresent(id -> fields.add(pair("outcomeId", id)));
        fields.add(pair("title", r.title()));
        ResultMeasure m = r.measure();
        fields.add(pair("kind", m.kind().code()));
        if (m instanceof ResultMeasure.Observed o) {
            fields.add(pair("before", o.before()));
            fields.add(pair("after", o.after()));
            if (o.unit() != null && !o.unit().isEmpty()) {
                fields.add(pair("unit", o.unit()));
            }
        } else if (m instanceof ResultMeasure.Proportion p) {
            fields.add(pair("controlSize", p.controlSize()));
            fields.add(pair("controlConversions", p.controlConversions()));
            fields.add(pair("variantSize", p.variantSize()));
            fields.add(pair("variantConversions", p.variantConversions()));
            fields.add(pair("plannedVariantShare", p.plannedVariantShare()));
        } else if (m instanceof ResultMeasure.Mean mean) {
            fields.add(pair("controlSize", mean.controlSize()));
            fields.add(pair("controlMean", mean.controlMean()));
            fields.add(pair("controlSd", mean.controlSd()));
            fields.add(pair("variantSize", mean.variantSize()));
            fields.add(pair("variantMean", mean.variantMean()));
            fields.add(pair("variantSd", mean.variantSd()));
        } else if (m instanceof ResultMeasure.Qualitative q) {
            fields.add(pair("finding", q.finding()));
            q.evidenceLink().ifPresent(link -> fields.add(pair("evidenceUrl", link.toString())));
        }
        r.note().ifPresent(note -> fields.add(pair("note", note)));
        return object(fields);
    }

    static String learning(Learning l) {
        List<String> fields = new ArrayList<>();
        l.iterationId().ifPresent(id -> fields.add(pair("iterationId", id.value())));
        fields.add(pair("statement", l.statement()));
        StringJoiner tags = new StringJoiner(",", "[", "]");
        l.tags().stream().map(Tag::value).sorted().forEach(t -> tags.add(JsonText.string(t)));
        fields.add(JsonText.string("tags") + ":" + tags);
        return object(fields);
    }

    private static String object(List<String> fields) {
        return "{" + String.join(",", fields) + "}";
    }

    private static String pair(String name, String value) {
        return JsonText.string(name) + ":" + JsonText.string(value);
    }

    private static String pair(String name, long value) {
        return JsonText.string(name) + ":" + value;
    }

    /** A double exactly as stored, in plain JSON notation (no exponent, no trailing ".0"). */
    private static String pair(String name, double value) {
        return JsonText.string(name) + ":" + Formats.plain(value);
    }
}
