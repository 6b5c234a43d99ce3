package org.caretrail.domain.readmission.api;

/** The condition cohorts of docs/MEASURES.md, after the CMS HRRP condition measures. */
public enum Cohort {
    AMI,
    HF,
    PN,
    COPD,
    CABG,
    THA_TKA
}
