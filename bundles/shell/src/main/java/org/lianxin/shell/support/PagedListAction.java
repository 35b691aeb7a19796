package org.lianxin.shell.support;

import org.apache.karaf.shell.api.action.Option;

/** A console action that shows one page of a list; every list command takes the same paging options. */
public abstract class PagedListAction extends LianxinAction {

    @Option(name = "--offset", description = "Rows to skip")
    protected int offset;

    @Option(name = "--limit", description = "Rows to show (1-500)")
    protected int limit = 50;
}
