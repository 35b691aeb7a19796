package org.lianxin.spi;

import org.lianxin.api.dto.SuggestionEvent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener of the suggestion lifecycle, called after commit, one event at a time, on a core thread.
 * An exception thrown here is logged and never reaches the action that caused the event.
 */
@ConsumerType
public interface SuggestionListener {

    void onEvent(SuggestionEvent event);
}
