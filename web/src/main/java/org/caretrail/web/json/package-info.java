/** Strict, bounded JSON input for every request body. */
package org.caretrail.web.json;
