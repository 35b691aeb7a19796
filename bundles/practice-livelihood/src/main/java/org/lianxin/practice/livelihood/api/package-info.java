/**
 * What livelihood project voting offers another practice: rounds voted by the voter representatives of a council
 * ({@link org.lianxin.practice.livelihood.api.CouncilVoting}) and the records it answers with. The voter deliberation
 * council practice uses it; livelihood itself knows nothing of councils beyond a council's id on the round.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.practice.livelihood.api;
