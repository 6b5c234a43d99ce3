/** Read models built from episode events, one package per model. */
package org.caretrail.projections;
