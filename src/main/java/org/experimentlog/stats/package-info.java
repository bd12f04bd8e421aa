/**
 * Statistics for results (DESIGN.md §5): estimates, intervals, tests and a plain-language finding
 * for each kind of result. Depends on the domain and Apache Commons Statistics only.
 */
package org.experimentlog.stats;
