package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.SuggestionState;

@Service
public class SuggestionStateCompleter extends EnumCompleter<SuggestionState> {

    public SuggestionStateCompleter() {
        super(SuggestionState.class);
    }
}
