package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** A voter representative (选民代表) joining: name, community or grid, phone (kept, shown masked in lists), date joined. */
public record RepresentativeInput(String name, String community, String phone, LocalDate joinedOn) {}
