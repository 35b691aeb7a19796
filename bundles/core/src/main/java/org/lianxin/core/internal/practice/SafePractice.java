package org.lianxin.core.internal.practice;

import java.util.List;
import java.util.Optional;

import org.lianxin.api.dto.PracticeFigures;
import org.lianxin.api.dto.PracticeInfo;
import org.lianxin.api.dto.PracticePage;
import org.lianxin.spi.Practice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A practice's description, read once when it appears, and the one call core makes on it later (its figures),
 * guarded: plugin code that throws costs the plugin its contribution, never core its answer.
 */
final class SafePractice {
    private static final Logger LOG = LoggerFactory.getLogger(SafePractice.class);

    private final Practice practice;
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String version;
    private final String description;
    private final List<String> contributions;
    private final List<PracticePage> pages;

    private SafePractice(Practice practice) {
        this.practice = practice;
        this.id = Activations.checkId(practice.id());
        this.nameZh = practice.nameZh();
        this.nameEn = practice.nameEn();
        this.version = practice.version();
        this.description = practice.description();
        this.contributions = List.copyOf(practice.contributions());
        this.pages = List.copyOf(practice.webPages());
    }

    /** The practice as core keeps it, or empty (logged) when it cannot even describe itself. */
    static Optional<SafePractice> of(Practice practice) {
        try {
            return Optional.of(new SafePractice(practice));
        } catch (RuntimeException | LinkageError e) {
            LOG.error("practice service {} ignored: it failed to describe itself", practice.getClass().getName(), e);
            return Optional.empty();
        }
    }

    String id() {
        return id;
    }

    String version() {
        return version;
    }

    PracticeInfo info(List<String> activeRegions) {
        return new PracticeInfo(id, nameZh, nameEn, version, description, contributions, pages, activeRegions);
    }

    PracticeFigures figures(long regionId, Integer year) {
        try {
            return new PracticeFigures(id, nameZh, nameEn, List.copyOf(practice.figures(regionId, year)), null);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("practice {} failed to give its figures for region {}", id, regionId, e);
            return new PracticeFigures(id, nameZh, nameEn, List.of(), "the practice failed: " + e);
        }
    }
}
