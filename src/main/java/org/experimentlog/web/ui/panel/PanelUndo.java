package org.experimentlog.web.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Result;
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
        fields.add(pair("kind", r.measure().kind().code()));
        for (ResultFigures.Figure figure : ResultFigures.of(r.measure())) {
            if (figure.value() instanceof Double d) {
                fields.add(pair(figure.name(), d));
            } else if (figure.value() instanceof Long l) {
                fields.add(pair(figure.name(), l));
            } else if (!figure.value().toString().isEmpty()) {
                fields.add(pair(figure.name(), figure.value().toString()));
            }
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
