/** Stay metrics of docs/MEASURES.md as pure rules: length of stay, observation periods and hours. */
package org.caretrail.projections.stay;
