package org.caretrail.domain.episode.api;

/** The code systems a coded diagnosis may use; codes are kept as sent, rules that need ICD-10 skip the others. */
public enum DiagnosisCodeSystem {
    ICD10CM,
    ICD9CM,
    SNOMEDCT
}
