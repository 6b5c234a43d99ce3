package org.caretrail.domain.episode;

import java.util.List;
import org.caretrail.domain.episode.api.InvalidCommandException;

/** Input checks shared by the command handlers; each names the API field at fault. */
final class Guards {

    private Guards() {
    }

    static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, field + " is required and must not be blank");
        }
    }

    static void requireTextIfPresent(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidCommandException(field, field + " must not be blank when given");
        }
    }

    /** Returns an immutable copy; a null list is refused, blank entries too. */
    static List<String> requireTexts(List<String> values, String field) {
        requireValue(values, field);
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new InvalidCommandException(field, field + " must not contain blank entries");
            }
        }
        return List.copyOf(values);
    }

    /** Like {@link #requireTexts} but a missing list stands for an empty one. */
    static List<String> optionalTexts(List<String> values, String field) {
        return values == null ? List.of() : requireTexts(values, field);
    }
}
