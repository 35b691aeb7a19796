package org.lianxin.api.dto;

/** Subject categories of the ledger. */
public enum Category {
    INFRASTRUCTURE, ENVIRONMENT, EDUCATION, HEALTH, SOCIAL_GOVERNANCE, ECONOMY, AGRICULTURE, PUBLIC_AFFAIRS, OTHER;
}
