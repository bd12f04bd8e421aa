package org.experimentlog.web.rest;

import org.experimentlog.app.port.LearningHit;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Tag;

/** Maps the learning library's hits to their JSON form. */
final class LearningJsonMapper {
    private LearningJsonMapper() {}

    static LearningHitJson toJson(LearningHit hit) {
        Learning learning = hit.learning();
        return new LearningHitJson(
                learning.requireId().value(),
                learning.statement(),
                learning.tags().stream().map(Tag::value).toList(),
                hit.issue().key(),
                hit.stage().code(),
                hit.verdictIfAny().map(Coded::code).orElse(null),
                learning.iterationId().map(IterationId::value).orElse(null),
                learning.author().key(),
                ExperimentJsonMapper.instant(learning.createdAt()));
    }
}
