/// The commented template written by `sufficiency init`: small, complete and valid, so it solves as written.
public enum ScenarioTemplate {
  /// The template's text.
  public static let text = """
    # A SufficiencyPlanner scenario. Lines starting with # are comments. The full format is in docs/scenario-format.md.
    # Money is in pounds; prices are per child per week; places and demand are children placed on average in a year.

    name: My authority sufficiency plan
    summary: Placement mix, recruitment targets and emergency beds for the next five years.
    base_year: 2025          # the year ending 31 March the plan starts from
    horizon_years: 5         # plan years 2026 ... 2030

    authorities:
      - id: my_la
        name: My Authority
        code: E06000000      # GSS code, used to find the authority in official statistics

    # Home areas: where children come from, and where in-house carers live. demand_share splits the authority's demand.
    areas:
      - id: north
        authority: my_la
        name: North
        latitude: 54.60
        longitude: -1.10
        demand_share: 0.6
      - id: south
        authority: my_la
        name: South
        latitude: 54.50
        longitude: -1.05
        demand_share: 0.4

    # Need groups, provision types and which provision suits which need: the defaults are used when these sections
    # are left out (mainstream_fostering, complex_fostering, parent_and_child, residential, emergency,
    # supported_16_17; in_house_fostering, ifa, in_house_residential, external_residential, emergency_beds,
    # supported, last_resort).

    # Demand: total children needing a placement each year, split by need group.
    demand:
      - authority: my_la
        totals: {2026: 200, 2027: 206, 2028: 212, 2029: 218, 2030: 225}
        need_mix:
          mainstream_fostering: 0.66
          complex_fostering: 0.12
          parent_and_child: 0.02
          residential: 0.13
          emergency: 0.02
          supported_16_17: 0.05

    providers:
      - id: ifa_local
        name: Independent fostering agencies nearby
        provision: ifa
        latitude: 54.55
        longitude: -1.25
        places: 60           # places each year (or {2026: 60, 2027: 65, ...})
        weekly_price: 1020
      - id: homes_regional
        name: Private children's homes in the region
        provision: external_residential
        latitude: 54.78
        longitude: -1.57
        places: 30
        weekly_price: 6100
      - id: emergency_service
        name: Emergency beds
        provision: emergency_beds
        latitude: 54.57
        longitude: -1.24
        places: 6
        weekly_price: 6100
      - id: supported_local
        name: Supported accommodation
        provision: supported
        latitude: 54.57
        longitude: -1.24
        places: 15
        weekly_price: 1500
      - id: last_resort
        name: Unregistered or hotel placement
        provision: last_resort
        weekly_price: 15000

    # The council's own foster carers, per area.
    in_house_fostering:
      - area: north
        households: 60
        places_per_household: 1.6
        usable_share: 0.84        # share of approved places usable (vacancies, matching)
        annual_attrition: 0.11    # share of households leaving each year
        recruitment_cost: 8000    # £ per approved household
        max_recruits_per_year: 8
        first_year_availability: 0.5
        weekly_cost: 600
      - area: south
        households: 40
        places_per_household: 1.6
        usable_share: 0.84
        annual_attrition: 0.11
        recruitment_cost: 8000
        max_recruits_per_year: 6
        first_year_availability: 0.5
        weekly_cost: 600

    # Emergency arrivals; beds to hold are sized with the Erlang B formula.
    emergency:
      arrivals_per_year: 24
      mean_stay_weeks: 6
      blocking_target: 0.05
      weekly_retainer_per_vacant_bed: 2000

    distance:
      road_factor: 1.3
      max_share_over_20_miles: 0.25
      annual_cost_per_placement_mile: 20

    policy:
      min_in_house_fostering_share: 0.5
      weekly_unmet_need_penalty: 50000
      # budget_ceiling: {2026: 20000000}

    # Today's mix, to compare the plan's cost with "as things are".
    status_quo:
      in_house_fostering: 100
      ifa: 60
      external_residential: 25
      supported: 10
    """
}
