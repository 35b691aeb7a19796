package org.lianxin.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The create/read/update/delete operations shared by the registries of core (regions, deputies, groups,
 * stations, units). Deleting an entry that is still referenced is refused with a {@link ConflictException}.
 *
 * @param <T> the value returned
 * @param <I> the input accepted
 */
@ProviderType
public interface Directory<T, I> {

    T create(I input);

    T update(long id, I input);

    /** @throws NotFoundException when there is no such entry */
    T get(long id);

    void delete(long id);
}
