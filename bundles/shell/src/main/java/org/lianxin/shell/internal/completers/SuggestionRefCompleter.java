package org.lianxin.shell.internal.completers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.support.WideText;

/**
 * Suggestions by ledger number (or by id once digits are typed), with state and title; one page of
 * {@value #MAX}, narrowed by what was typed, never the whole ledger.
 */
@Service
public class SuggestionRefCompleter extends CandidateCompleter {

    static final int MAX = 30;

    @Reference
    SuggestionService suggestions;

    @Override
    protected Map<String, String> candidates(String typed) {
        boolean byId = Parse.id(typed).isPresent();
        SuggestionQuery query = typed.isBlank() || byId ? SuggestionQuery.all()
                : new SuggestionQuery(null, true, null, null, null, null, null, null, null, null, null, null, typed);
        Map<String, String> out = new LinkedHashMap<>();
        for (Suggestion s : suggestions.list(query, PageRequest.of(0, MAX)).items()) {
            String value = byId || s.ledgerNo() == null ? String.valueOf(s.id()) : s.ledgerNo();
            out.put(value, s.state() + " " + WideText.truncate(s.title(), 30));
        }
        return out;
    }
}
