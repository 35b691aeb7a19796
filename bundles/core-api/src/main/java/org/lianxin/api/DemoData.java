package org.lianxin.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by core once the demo data is in the database (loaded now or on an earlier start), only when the
 * demo is enabled; practices that bring demo data of their own wait for it.
 */
@ProviderType
public interface DemoData {

    /** The code of the demo city, e.g. {@code HB}. */
    String cityCode();
}
