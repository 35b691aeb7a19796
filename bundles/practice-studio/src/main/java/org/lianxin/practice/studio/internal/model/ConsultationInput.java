package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

public record ConsultationInput(String asker, String question, LocalDate askedOn) {}
