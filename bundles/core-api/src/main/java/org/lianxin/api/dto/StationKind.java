package org.lianxin.api.dto;

/** Kinds of liaison places (家站点): 代表之家, 联络站, 联系点, 工作室, 接待岗, 议事厅, 中心. */
public enum StationKind {
    HOME, STATION, POINT, STUDIO, POST, HALL, CENTER;
}
