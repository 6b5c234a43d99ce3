package org.caretrail.domain.episode;

import org.caretrail.domain.episode.api.InvalidCommandException;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches an {@link InvalidCommandException} that names the given API field. */
final class InvalidFieldMatcher extends TypeSafeMatcher<Throwable> {

    private final String field;

    private InvalidFieldMatcher(String field) {
        this.field = field;
    }

    static InvalidFieldMatcher invalidField(String field) {
        return new InvalidFieldMatcher(field);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown) {
        return thrown instanceof InvalidCommandException invalid && field.equals(invalid.field());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("an InvalidCommandException naming field ").appendValue(field);
    }

    @Override
    protected void describeMismatchSafely(Throwable thrown, Description description) {
        description.appendText("was ").appendValue(thrown);
        if (thrown instanceof InvalidCommandException invalid) {
            description.appendText(" naming field ").appendValue(invalid.field());
        }
    }
}
