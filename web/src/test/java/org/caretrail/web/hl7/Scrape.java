package org.caretrail.web.hl7;

import java.util.regex.Pattern;
import org.caretrail.web.testing.Api;

/** One read of {@code /actuator/prometheus}, to look up a sample by its name and some of its labels. */
final class Scrape {

    private final String text;

    Scrape(Api api) {
        text = api.get("/actuator/prometheus").body();
    }

    /** The sample of {@code metric} carrying these {@code name=value} labels among its others; 0 when none is out yet. */
    double value(String metric, String... labels) {
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + "{") && hasAll(line.substring(metric.length(), line.lastIndexOf('}') + 1),
                    labels)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static boolean hasAll(String labelSet, String... labels) {
        for (String label : labels) {
            String[] nameValue = label.split("=", 2);
            String pair = nameValue[0] + "=\"" + nameValue[1] + "\"";
            if (!Pattern.compile("[{,]" + Pattern.quote(pair) + "[,}]").matcher(labelSet).find()) {
                return false;
            }
        }
        return true;
    }
}
