package org.lianxin.spi;

import org.lianxin.api.dto.SuggestionEvent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener of the suggestion lifecycle, called after commit, one event at a time, on a core thread that
 * acts as the system ({@link org.lianxin.api.security.Identity#SYSTEM}): what a listener does is the platform's.
 * An exception thrown here is logged and never reaches the action that caused the event.
 */
@ConsumerType
public interface SuggestionListener {

    void onEvent(SuggestionEvent event);
}
