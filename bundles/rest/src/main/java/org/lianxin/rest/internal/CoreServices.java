package org.lianxin.rest.internal;

import java.util.Objects;

import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.ExportService;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.UserService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.OpinionService;
import org.lianxin.api.OutcomeService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;

/** The core services the REST resources call, handed over by the DS component that owns the servlet. */
public record CoreServices(RegionService regions, DeputyService deputies, DeputyGroupService groups,
        StationService stations, HandlingUnitService units, OpinionService opinions, SuggestionService suggestions,
        HandlingClock clock, PracticeRegistry practices, DutyService duties, StatisticsService statistics,
        ScoringService scoring, VoterReportService voterReports, ExportService exports, AuthService auth,
        UserService users, OutcomeService outcomes) {

    public CoreServices {
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(deputies, "deputies");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(stations, "stations");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(opinions, "opinions");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(practices, "practices");
        Objects.requireNonNull(duties, "duties");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(voterReports, "voterReports");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(outcomes, "outcomes");
    }
}
