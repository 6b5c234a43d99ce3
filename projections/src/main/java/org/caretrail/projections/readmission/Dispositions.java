package org.caretrail.projections.readmission;

import java.util.Set;

/** The UB-04 discharge status groups that the readmission rules single out. */
final class Dispositions {

    private static final Set<String> TRANSFER_TO_ACUTE = Set.of("02", "05", "66", "82", "85", "94");
    private static final Set<String> DIED = Set.of("20", "40", "41", "42");
    private static final String LEFT_AMA = "07";
    private static final int FIRST_PLANNED_READMISSION = 81;
    private static final int LAST_PLANNED_READMISSION = 95;

    private Dispositions() {
    }

    static boolean isTransferToAcute(String code) {
        return code != null && TRANSFER_TO_ACUTE.contains(code);
    }

    static boolean isDeath(String code) {
        return code != null && DIED.contains(code);
    }

    static boolean isLeftAgainstAdvice(String code) {
        return LEFT_AMA.equals(code);
    }

    static boolean announcesPlannedReadmission(String code) {
        if (code == null || code.length() != 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return false;
        }
        int value = Integer.parseInt(code);
        return value >= FIRST_PLANNED_READMISSION && value <= LAST_PLANNED_READMISSION;
    }
}
