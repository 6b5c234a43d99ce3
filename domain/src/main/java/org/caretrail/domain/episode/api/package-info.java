/** Public messages of the episode: commands, events, queries and value types. */
package org.caretrail.domain.episode.api;
