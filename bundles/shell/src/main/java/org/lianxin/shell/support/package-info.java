/**
 * What console commands of Lianxin share, offered to practice plugins too: the base action that turns core's
 * refusals into one-line console errors, tables and detail blocks that line up Chinese text, argument parsing,
 * paging options.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.shell.support;
