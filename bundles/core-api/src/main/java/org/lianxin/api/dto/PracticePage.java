package org.lianxin.api.dto;

import java.util.List;

/**
 * A page a practice contributes to the web UI, as data: the page's {@code path} (below {@code /practices/<id>/} of the
 * web UI), its title in Chinese and English, and what it shows: a table of the paged list at {@code listApi} (relative
 * to the practice's REST API, e.g. {@code studios} for {@code GET /api/v1/practices/studio/studios}, answering a
 * {@link Page}) with the given {@code columns}. A page without {@code listApi} is only linked, not rendered by core's UI.
 */
public record PracticePage(String path, String titleZh, String titleEn, String listApi, List<PracticeColumn> columns) {
    public PracticePage {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A page without a table (a link only). */
    public PracticePage(String path, String titleZh, String titleEn) {
        this(path, titleZh, titleEn, null, List.of());
    }

    /** A page showing the practice's list endpoint {@code listApi} as a table; its path is the endpoint's. */
    public static PracticePage table(String listApi, String titleZh, String titleEn, PracticeColumn... columns) {
        return new PracticePage(listApi, titleZh, titleEn, listApi, List.of(columns));
    }

    /** A column: the item's {@code field} and its heading. */
    public static PracticeColumn column(String field, String labelZh, String labelEn) {
        return new PracticeColumn(field, labelZh, labelEn);
    }
}
