package com.atlassian.activeobjects.external;

/**
 * Declaration only: a step that brings the plugin's data from an older model version to {@link
 * #getModelVersion()}, declared as {@code <upgradeTask>} in the descriptor's {@code <ao>} module.
 * Active Objects runs the tasks newer than the stored model version in order; if one throws, the
 * later ones do not run and it is tried again next time. The {@code ao} passed in "is not
 * associated with any entity (yet)": the task migrates the entities it uses.
 *
 * <p>Follows activeobjects-plugin 5.2.1 (decompiled; ../shared/reference/atlassian-api-reference.md
 * §1.2):
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
