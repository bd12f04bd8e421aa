package org.experimentlog.persistence;

import java.util.List;
import net.java.ao.RawEntity;

/**
 * Every Active Objects entity of the plugin. The {@code <ao>} module of the descriptor lists the
 * same classes (a test checks it); tests and the sandbox migrate this list.
 */
public final class AoSchema {
    /**
     * The namespace of the {@code <ao>} module, from which Active Objects derives the table prefix.
     */
    public static final String NAMESPACE = "org.experimentlog.experiment-log";

    public static final List<Class<? extends RawEntity<?>>> ENTITIES =
            List.of(
                    AoDepartment.class,
                    AoExperiment.class,
                    AoExperimentDepartment.class,
                    AoOutcomeLink.class,
                    AoIteration.class,
                    AoResult.class,
                    AoLearning.class,
                    AoLearningTag.class,
                    AoOutcome.class,
                    AoMeasurement.class,
                    AoFailureStory.class,
                    AoHelpedMark.class,
                    AoAppliedIn.class,
                    AoRetrospective.class,
                    AoRetroAction.class,
                    AoAuditEntry.class,
                    AoSetting.class,
                    AoVersionClaim.class,
                    AoRegisteredPlan.class,
                    AoDeviation.class,
                    AoPublication.class,
                    AoFollow.class,
                    AoDigestRecipient.class,
                    AoDigestMail.class,
                    AoDigestItem.class,
                    AoDigestDefault.class,
                    AoDigestRun.class,
                    AoSearchTerm.class);

    private AoSchema() {}

    /** The entity classes as an array, for {@code ActiveObjects.migrate}. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entityArray() {
        return (Class<? extends RawEntity<?>>[]) ENTITIES.toArray(new Class<?>[0]);
    }
}
