package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * Which experiments a search selects: one criterion on the experiment record, already resolved to
 * our own values.
 */
public sealed interface ExperimentFilter {
    /** Experiments now in this stage. */
    record InStage(Stage stage) implements ExperimentFilter {
        public InStage {
            requireNonNull(stage, "stage");
        }
    }

    /** Concluded experiments with this verdict. */
    record WithVerdict(Verdict verdict) implements ExperimentFilter {
        public WithVerdict {
            requireNonNull(verdict, "verdict");
        }
    }

    /** Experiments that aim to move any of these outcomes (one, or several sharing a title). */
    record ForOutcomes(Set<OutcomeId> outcomes) implements ExperimentFilter {
        public ForOutcomes {
            outcomes = Set.copyOf(outcomes);
            if (outcomes.isEmpty()) {
                throw new IllegalArgumentException("at least one outcome");
            }
        }
    }

    /** Experiments that involve this department. */
    record ForDepartment(DepartmentId department) implements ExperimentFilter {
        public ForDepartment {
            requireNonNull(department, "department");
        }
    }

    /** Experiments with at least one learning that carries this tag. */
    record WithLearningTag(Tag tag) implements ExperimentFilter {
        public WithLearningTag {
            requireNonNull(tag, "tag");
        }
    }
}
