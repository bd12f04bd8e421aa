/**
 * The computed retrospective: the figures for a scope and period, as read from the data each time
 * it is opened. {@link org.experimentlog.app.report.RetrospectiveFigures} is the port the
 * persistence layer answers with set-based queries; {@link
 * org.experimentlog.app.report.RetrospectiveReport} is what it answers.
 */
package org.experimentlog.app.report;
