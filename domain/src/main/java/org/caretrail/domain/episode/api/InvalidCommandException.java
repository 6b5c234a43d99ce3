package org.caretrail.domain.episode.api;

/** A command whose input is wrong; {@link #field()} names the API field at fault. */
public class InvalidCommandException extends IllegalArgumentException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
