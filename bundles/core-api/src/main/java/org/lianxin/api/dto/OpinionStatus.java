package org.lianxin.api.dto;

/** A public opinion is new until promoted to a suggestion or dismissed. */
public enum OpinionStatus {
    NEW, PROMOTED, DISMISSED;
}
