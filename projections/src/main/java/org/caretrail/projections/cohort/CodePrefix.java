package org.caretrail.projections.cohort;

import java.util.Locale;

/** ICD code matching as docs/MEASURES.md has it: a prefix matches the code with or without its dot, in any case. */
final class CodePrefix {

    private CodePrefix() {
    }

    static String normalized(String code) {
        return code.replace(".", "").toUpperCase(Locale.ROOT);
    }

    static boolean matches(String normalizedPrefix, String code) {
        return code != null && normalized(code).startsWith(normalizedPrefix);
    }
}
