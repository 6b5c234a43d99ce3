/**
 * What was known when: reading an episode's event stream as it stood at a past recorded instant, so that the read
 * models' own rules can answer a query from it ({@code knownAt}).
 */
package org.caretrail.projections.history;
