package org.caretrail.web.config;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters naming an enum value must name it exactly. Spring's conversion trims ({@code measure=ACUTE_30%20}
 * would pass); this editor, registered for every enum type, refuses text with surrounding spaces and leaves the
 * exact names to Spring's own enum conversion, so the answer is the usual 400 naming the parameter.
 */
@ControllerAdvice
public class ExactEnumParameters {

    @InitBinder
    void refuseSurroundingSpaces(WebDataBinder binder) {
        binder.registerCustomEditor(Enum.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (!text.equals(text.strip())) {
                    throw new IllegalArgumentException("'" + text + "' has surrounding spaces");
                }
                setValue(text);
            }
        });
    }
}
