/** Core services of Lianxin: regions, deputies, stations, units, opinions, suggestions, the handling clock. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.api;
