package org.lianxin.practice.support;

import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;

/**
 * What every practice says of itself the same way: its id, names, description, and its bundle's version. A practice
 * extends this and adds what is its own (REST resources, figures, pages).
 */
public abstract class PracticeBase implements Practice {
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String description;
    private final String version;

    protected PracticeBase(BundleContext context, String id, String nameZh, String nameEn, String description) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.description = description;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameZh() {
        return nameZh;
    }

    @Override
    public final String nameEn() {
        return nameEn;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String description() {
        return description;
    }
}
