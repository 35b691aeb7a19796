package org.lianxin.practice.litigation.internal.model;

import java.util.List;

/** What a core suggestion is tied to on the litigation side: the clue it became, or the procuratorial suggestion it came from. */
public record Links(long suggestionId, List<Clue> clues, List<Procuratorial> procuratorial) {}
