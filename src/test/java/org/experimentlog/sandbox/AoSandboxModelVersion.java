package org.experimentlog.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The Active Objects model version of a plugin's data, which Jira keeps in its own plugin settings
 * and the sandbox keeps here: {@link UpgradeTasks} runs the upgrade tasks newer than it. Test scope
 * only.
 */
@Preload
@Table("SbModelVersion")
public interface AoSandboxModelVersion extends Entity {
    String NAMESPACE = "NAMESPACE";
    String MODEL_VERSION = "MODEL_VERSION";

    /** The {@code <ao>} module's namespace. */
    @NotNull
    @Unique
    String getNamespace();

    void setNamespace(String namespace);

    /** The model version the data has reached, as {@code ModelVersion.toString()} writes it. */
    @NotNull
    String getModelVersion();

    void setModelVersion(String version);
}
