namespace BeschermdThuis.Matching.Storage.Mapping;

/// <summary>The tables and their columns, as created by the migration scripts; statements are built from these lists.</summary>
internal static class Tables
{
    public static class Regions
    {
        public const string Name = "regions";
        public static readonly string[] Key = ["region_id"];
        public static readonly string[] Values = ["name", "default_new_placements_per_period", "default_max_protected_homes_per_thousand"];

        // The region's settings, updated on their own over the version read (migration 8).
        public static readonly string[] Settings = ["default_new_placements_per_period", "default_max_protected_homes_per_thousand"];
    }

    public static class RegionMunicipalities
    {
        public const string Name = "region_municipalities";
        public static readonly string[] Columns = ["region_id", "municipality_code", "ordinal", "name", "inhabitants"];
    }

    public static class RegionDistricts
    {
        public const string Name = "region_districts";
        public static readonly string[] Columns = ["region_id", "district_code", "ordinal", "name"];
    }

    public static class Neighbourhoods
    {
        public const string Name = "neighbourhoods";
        public static readonly string[] Key = ["region_id", "neighbourhood_code"];
        public static readonly string[] Values =
        [
            "name", "boundary_wkb", "inhabitants", "inhabitants_estimated", "existing_protected_homes",
            "limits_new_placements_per_period", "limits_max_protected_homes_per_thousand", "inhabitants_count_year",
        ];
    }

    public static class Corporations
    {
        public const string Name = "corporations";
        public static readonly string[] Key = ["corporation_id"];
        public static readonly string[] Values = ["name"];

        // A corporation as a resource of its region (migration 8): the region is set on create and never changes.
        public static readonly string[] RegionKey = ["region_id", "corporation_id"];
        public static readonly string[] RegionValues = ["name", "region_id"];
    }

    public static class CorporationMunicipalities
    {
        public const string Name = "corporation_municipalities";
        public static readonly string[] Columns = ["corporation_id", "ordinal", "municipality_code"];
    }

    public static class Units
    {
        public const string Name = "units";
        public static readonly string[] Key = ["corporation_id", "unit_id"];

        // region_id is set on create only: a unit does not move between regions.
        public static readonly string[] Values =
        [
            "longitude", "latitude", "neighbourhood_code", "dwelling_type", "rooms", "floor_number", "step_free",
            "net_rent_cents", "service_costs_cents", "tenancy", "contract_form", "available_from", "status",
        ];
    }

    public static class Clients
    {
        public const string Name = "clients";
        public static readonly string[] Key = ["municipality_code", "client_ref"];
        public static readonly string[] Values =
        [
            "household_size", "income_band", "readiness_date", "needs_step_free", "needs_ground_floor", "needs_minimum_rooms",
            "origin_neighbourhood_code", "origin_radius_metres", "max_peers_in_neighbourhood", "consent", "care_team_id", "status",
            "contract_form",
        ];
    }

    public static class ClientAreaWishes
    {
        public const string Name = "client_area_wishes";
        public static readonly string[] Columns = ["municipality_code", "client_ref", "wish_rank", "area_code"];
    }

    public static class ClientDwellingTypeWishes
    {
        public const string Name = "client_dwelling_type_wishes";
        public static readonly string[] Columns = ["municipality_code", "client_ref", "wish_rank", "dwelling_type"];
    }

    public static class ClientAvoidAreas
    {
        public const string Name = "client_avoid_areas";
        public static readonly string[] Columns = ["municipality_code", "client_ref", "ordinal", "area_code"];
    }

    public static class ClientSupportAnchors
    {
        public const string Name = "client_support_anchors";
        public static readonly string[] Columns =
            ["municipality_code", "client_ref", "ordinal", "kind", "longitude", "latitude", "max_distance_metres"];
    }

    public static class ClientAvoidedPlaces
    {
        public const string Name = "client_avoided_places";
        public static readonly string[] Columns = ["municipality_code", "client_ref", "ordinal", "grid_east", "grid_north", "radius_metres"];
    }

    public static class CareTeams
    {
        public const string Name = "care_teams";
        public static readonly string[] Key = ["region_id", "care_team_id"];
        public static readonly string[] Values =
            ["provider", "base_longitude", "base_latitude", "caseload_capacity", "current_caseload", "service_area_wkb"];
    }

    public static class CareTeamMunicipalities
    {
        public const string Name = "care_team_municipalities";
        public static readonly string[] Columns = ["region_id", "care_team_id", "ordinal", "municipality_code"];
    }

    public static class Agreements
    {
        public const string Name = "agreements";
        public static readonly string[] Key = ["region_id", "agreement_id"];
        public static readonly string[] Values =
            ["corporation_id", "municipality_code", "period_start", "period_end", "target_units", "cap_units", "priority_group"];
    }

    public static class MatchRuns
    {
        public const string Name = "match_runs";
        public static readonly string[] Key = ["region_id", "run_id"];
        public static readonly string[] Summary =
        [
            "created_at", "requested_by_kind", "requested_by_id", "period_start", "period_end", "input_hash", "seed", "status",
            "pair_count", "document_version",
        ];
        public static readonly string[] Documents = ["options_json", "result_json", "explanations_json"];
    }

    public static class Simulations
    {
        public const string Name = "simulations";
        public static readonly string[] Key = ["region_id", "simulation_id"];
        public static readonly string[] Summary = ["created_at", "requested_by_kind", "requested_by_id", "options_json"];
        public static readonly string[] Documents = ["result_json"];
    }

    public static class Proposals
    {
        public const string Name = "proposals";
        public static readonly string[] Key = ["region_id", "proposal_id"];

        // Set on create only: the pair, its run and where the unit lies.
        public static readonly string[] Pair =
            ["run_id", "municipality_code", "client_ref", "corporation_id", "unit_id", "neighbourhood_code", "created_at"];

        public static readonly string[] Values =
        [
            "state", "updated_at", "respond_by", "support_care_team_id", "support_starts_on", "support_confirmed_at", "move_date",
            "decision_side", "decision_reason_code", "decision_reason_label", "decision_text", "decision_at",
        ];
    }

    public static class PairOverrides
    {
        public const string Name = "pair_overrides";

        // override_id is given by the database, in the order overrides were written.
        public static readonly string[] Columns =
            ["region_id", "municipality_code", "client_ref", "corporation_id", "unit_id", "justification", "decided_by", "decided_at"];
    }

    public static class AuditEntries
    {
        public const string Name = "audit_entries";

        // sequence is given by the database, in the order entries were written.
        public static readonly string[] Columns =
        [
            "region_id", "occurred_at", "actor", "subject_kind", "subject_id", "action", "old_state", "new_state", "reason",
            "client_pseudonym", "corporation_id", "unit_id",
        ];
    }
}
