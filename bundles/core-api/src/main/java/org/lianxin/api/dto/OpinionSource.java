package org.lianxin.api.dto;

/** Who recorded an opinion. */
public enum OpinionSource {
    PUBLIC_QR, STATION, DEPUTY;
}
