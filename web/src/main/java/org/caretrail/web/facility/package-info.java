/** The facilities' calendars, as configured under {@code caretrail.facilities}. */
package org.caretrail.web.facility;
