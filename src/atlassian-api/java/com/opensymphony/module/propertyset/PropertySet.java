package com.opensymphony.module.propertyset;

/**
 * Declaration only, empty: the third argument of OSWorkflow's {@code Validator.validate} and {@code
 * Condition.passesCondition}. The plugin never calls it, so no member is declared.
 *
 * <p>Package and name from every public Jira workflow validator and condition, e.g. Jira's own
 * {@code NotNullPermissionValidator} and {@code ReferenceCondition} (Jira 6 source,
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/condition/AbstractJiraCondition.java)
 * and, on a recent line,
 * https://github.com/Semmle/lgtm-jira-addon/blob/master/src/main/java/com/semmle/jira/addon/workflow/ResolutionValidator.java.
 * Jira 10/11 javadoc for it: UNVERIFIED (OSWorkflow is bundled by Jira unchanged since Jira 4).
 */
public interface PropertySet {}
