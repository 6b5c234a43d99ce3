package org.caretrail.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.caretrail.infra.accesslog.AccessLogPage;
import org.caretrail.infra.accesslog.AccessLogSearch;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.CsvConverter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The access log for compliance officers: search by user, patient and day, newest first, or download as CSV. */
@Controller
class AccessLogSearchPage {

    private static final int CSV_ROWS = 10_000;

    private final AccessLogStore store;

    AccessLogSearchPage(AccessLogStore store) {
        this.store = store;
    }

    @PatientRead(patient = "patientId") // the log names patients, so reading it is logged too
    @GetMapping("/app/access-log")
    String search(@RequestParam(required = false) String user,
                  @RequestParam(required = false) String patientId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page,
                  Model model) {
        model.addAttribute("userFilter", Pages.blankToNull(user));
        model.addAttribute("patientId", Pages.blankToNull(patientId));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (Periods.backwards(from, to)) {
            model.addAttribute("problem", "The period ends before it starts: pick a 'to' on or after 'from'.");
            return "access-log";
        }
        AccessLogPage entries = store.search(search(user, patientId, from, to, Math.max(0, page), Pages.PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("pages", Pages.pages(entries.total(), Pages.PAGE_SIZE));
        return "access-log";
    }

    @PatientRead(patient = "patientId")
    @GetMapping(path = "/app/access-log.csv", produces = CsvConverter.TEXT_CSV)
    @ResponseBody
    AccessLogPage csv(@RequestParam(required = false) String user,
                      @RequestParam(required = false) String patientId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return store.search(search(user, patientId, from, to, 0, CSV_ROWS));
    }

    /** Days are whole UTC days: 'to' is included, so the search ends at the start of the next day. */
    private static AccessLogSearch search(String user, String patientId, LocalDate from, LocalDate to, int page,
                                          int size) {
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new AccessLogSearch(Pages.blankToNull(user), Pages.blankToNull(patientId), start, end, page, size);
    }
}
