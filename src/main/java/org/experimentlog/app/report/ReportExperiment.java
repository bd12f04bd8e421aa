package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;

/**
 * One experiment of a retrospective, as a row of the CSV export.
 *
 * @param issue its issue
 * @param change the change its hypothesis proposes
 * @param method its method; null before it is planned
 * @param stage its stage
 * @param verdict its verdict; null unless concluded
 * @param started the day it started; null while designing, and for one abandoned before it started
 * @param ended the day it was concluded or abandoned; null while open
 * @param iterations how many iterations it has
 * @param departments the names of its departments
 * @param outcomes the titles of the outcomes it targets
 */
public record ReportExperiment(
        IssueRef issue,
        String change,
        Method method,
        Stage stage,
        Verdict verdict,
        LocalDate started,
        LocalDate ended,
        int iterations,
        List<String> departments,
        List<String> outcomes) {
    public ReportExperiment {
        requireNonNull(issue, "issue");
        requireNonNull(change, "change");
        requireNonNull(stage, "stage");
        departments = List.copyOf(departments);
        outcomes = List.copyOf(outcomes);
    }

    public Optional<Method> methodIfAny() {
        return Optional.ofNullable(method);
    }

    public Optional<Verdict> verdictIfAny() {
        return Optional.ofNullable(verdict);
    }

    public Optional<LocalDate> startedIfAny() {
        return Optional.ofNullable(started);
    }

    public Optional<LocalDate> endedIfAny() {
        return Optional.ofNullable(ended);
    }
}
