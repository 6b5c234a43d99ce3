/** What the read models are called, for callers that wait for one to catch up with a write. */
package org.caretrail.domain.readmodel.api;
