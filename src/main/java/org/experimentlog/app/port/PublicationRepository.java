package org.experimentlog.app.port;

import java.util.List;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;

/** Keeps the publications of experiments: each version's snapshot and its withdrawal. */
public interface PublicationRepository {
    /** Stores a new publication, or the withdrawal of a stored one. */
    Publication save(Publication publication);

    /** The versions of an experiment's publication, oldest first. */
    List<Publication> versionsOf(ExperimentId experiment);

    /**
     * The latest version of each published experiment that matches the filter, newest publication
     * first.
     */
    Page<Publication> latest(RegisterFilter filter, PageRequest page);

    /** The newest publications, newest first: at most {@code limit}. */
    List<Publication> recentlyPublished(int limit);

    /** The newest withdrawals, most recently withdrawn first: at most {@code limit}. */
    List<Publication> recentlyWithdrawn(int limit);

    /**
     * The records of the latest versions that are not withdrawn: what the register's filters offer.
     */
    List<PublicRecord> publicRecords();

    /** Removes the publications of a deleted experiment. */
    void deleteOf(ExperimentId experiment);
}
