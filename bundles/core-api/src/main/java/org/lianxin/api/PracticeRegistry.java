package org.lianxin.api;

import java.util.List;
import java.util.Optional;

import org.lianxin.api.dto.PracticeFigures;
import org.lianxin.api.dto.PracticeInfo;
import org.lianxin.api.dto.Region;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The practice plugins installed now, and where each is active. Activation is a factory configuration
 * {@code org.lianxin.practice.<id>~<name>} with {@code region=<CODE>} (a file in {@code etc/}); it covers the
 * region's subtree.
 */
@ProviderType
public interface PracticeRegistry {

    List<PracticeInfo> list();

    Optional<PracticeInfo> get(String id);

    /** Whether the practice is installed and activated for the region or one of its ancestors. */
    boolean isActive(String practiceId, long regionId);

    /**
     * The existing regions the practice is activated for (each with its subtree), whether or not it is installed
     * yet: what a practice asks while it starts, and to filter its lists in the database.
     */
    List<Region> activeRegions(String practiceId);

    /**
     * What a practice calls before it acts for a region.
     *
     * @throws NotFoundException when the region does not exist
     * @throws ConflictException naming the practice and region when it is not active there
     */
    void requireActive(String practiceId, long regionId);

    /**
     * The figures of every practice active in the region, above it or in a region below it, practice by practice; a
     * failing one carries its error instead.
     */
    List<PracticeFigures> figures(long regionId, Integer year);

    /**
     * Activates an installed or not yet installed practice for a region (its subtree included), writing
     * {@code etc/org.lianxin.practice.<id>~<code>.cfg}.
     *
     * @return false when it was active there already
     */
    boolean activate(String practiceId, String regionCode);

    /** Removes the region's activation; the practice's data stays. @return false when there was none */
    boolean deactivate(String practiceId, String regionCode);
}
