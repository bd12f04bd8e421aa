package org.experimentlog.web.rest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.experimentlog.app.ExportSink;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.settings.AppSettings;

/**
 * Writes the full export as one JSON document while the data is read, in the API's own JSON shapes:
 * {@code
 * {"format":"experiment-log-export","formatVersion":1,"settings":{…},"departments":[…],"outcomes":[…],
 * "experiments":[…],"failureStories":[…],"retrospectives":[…]}}. Each array is opened when its
 * first object arrives and closed when the next kind begins, so nothing is held in memory but the
 * object being written.
 */
final class JsonExportWriter implements ExportSink {
    private static final List<String> ARRAYS =
            List.of("outcomes", "experiments", "failureStories", "retrospectives");

    private final JsonGenerator json;
    private final UserDirectory users;
    private String openArray;
    private int nextArray;

    /**
     * A writer to {@code out}; {@code users} names the owners of retrospective actions as the API
     * does.
     */
    JsonExportWriter(ObjectMapper mapper, OutputStream out, UserDirectory users) {
        this.users = users;
        try {
            json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setCodec(mapper);
            json.writeStartObject();
            json.writeStringField("format", "experiment-log-export");
            json.writeNumberField("formatVersion", 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void settings(AppSettings settings) {
        write(() -> json.writeObjectField("settings", AdministrationJsonMapper.toJson(settings)));
    }

    @Override
    public void departments(List<Department> departments) {
        write(
                () ->
                        json.writeObjectField(
                                "departments",
                                departments.stream()
                                        .map(AdministrationJsonMapper::toJson)
                                        .toList()));
    }

    @Override
    public void outcome(Outcome outcome, List<Measurement> measurements) {
        write(
                () -> {
                    arrayOf("outcomes");
                    json.writeObject(OutcomeJsonMapper.toJson(outcome, measurements));
                });
    }

    @Override
    public void experiment(ExperimentRecord record, double confidenceLevel) {
        write(
                () -> {
                    arrayOf("experiments");
                    json.writeObject(ExperimentJsonMapper.toJson(record, confidenceLevel));
                });
    }

    @Override
    public void stories(List<FailureStory> stories, Map<FailureStoryId, Integer> helpedCounts) {
        write(
                () -> {
                    arrayOf("failureStories");
                    for (FailureStory story : stories) {
                        json.writeObject(FailureStoryJsonMapper.toJson(story, helpedCounts));
                    }
                });
    }

    @Override
    public void retrospectives(List<Retrospective> retrospectives) {
        write(
                () -> {
                    arrayOf("retrospectives");
                    for (Retrospective retrospective : retrospectives) {
                        json.writeObject(RetrospectiveJsonMapper.toJson(retrospective, users));
                    }
                });
    }

    @Override
    public void finish() {
        write(
                () -> {
                    arrayOf(null);
                    json.writeEndObject();
                    json.flush();
                });
    }

    /**
     * Closes the open array and opens the named one, with empty arrays for kinds that had nothing
     * in between.
     */
    private void arrayOf(String name) throws IOException {
        if (name != null && name.equals(openArray)) {
            return;
        }
        if (openArray != null) {
            json.writeEndArray();
        }
        int until = name == null ? ARRAYS.size() : ARRAYS.indexOf(name);
        while (nextArray < until) {
            json.writeArrayFieldStart(ARRAYS.get(nextArray++));
            json.writeEndArray();
        }
        openArray = name;
        if (name != null) {
            json.writeArrayFieldStart(name);
            nextArray = until + 1;
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
