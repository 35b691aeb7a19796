/**
 * Building blocks every practice plugin needs beside core-api and would otherwise copy: transactions on its own
 * persistence unit that let core's refusals through, the regions it may act in, checks of typed input, and the caller
 * and page of a REST request.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.practice.support;
