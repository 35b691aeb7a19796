package org.lianxin.practice.petition.internal.model;

/** Who may see the petitioner's personal data in full; the rule itself is {@code PrivacyPolicy}. */
public enum PrivacyClass {
    PUBLIC("公开"), RESTRICTED("限制"), CONFIDENTIAL("保密");

    private final String zh;

    PrivacyClass(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
