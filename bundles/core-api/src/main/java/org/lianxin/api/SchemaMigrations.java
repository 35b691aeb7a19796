package org.lianxin.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Core's schema migrations, offered to practices: a practice keeps its own tables on the shared DataSource and
 * brings them up to date when it starts, with the same runner, version table and cross-node lock as core.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * Applies the scripts {@code db/<component>/NNN_name.sql} of the bundle that are not applied yet, in order,
     * each once and in one transaction. Tables of a practice are never dropped when it is uninstalled.
     *
     * @param component the owner of the scripts, e.g. a practice id; {@code core} is reserved
     * @return the versions this call applied
     * @throws IllegalStateException when a script fails (the failing script's changes are rolled back)
     */
    List<Integer> migrate(String component, Bundle bundle);
}
