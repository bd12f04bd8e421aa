package com.atlassian.jira.plugin.jql.function;

/**
 * Declaration only, and partial: the module descriptor Jira passes to {@link JqlFunction#init}. Our
 * functions take it and call nothing on it, so no member is declared.
 *
 * <p>Evidence: {@code init(JqlFunctionModuleDescriptor)} in
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * ; the descriptor reads {@code <fname>} and {@code <list>} child elements:
 * https://docs.atlassian.com/jira-project/4.3-m5-r139056-1/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html
 * . UNVERIFIED: whether Jira 11 declares it as an interface (as here) or an abstract class (as Jira
 * 4.3 did); it makes no difference to code that only receives it, as ours does.
 */
public interface JqlFunctionModuleDescriptor {}
