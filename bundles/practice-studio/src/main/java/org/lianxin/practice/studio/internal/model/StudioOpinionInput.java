package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

/** An opinion taken by a member deputy at the studio. */
public record StudioOpinionInput(Long deputyId, String content, String submitterName, String submitterContact, LocalDate receivedOn) {}
