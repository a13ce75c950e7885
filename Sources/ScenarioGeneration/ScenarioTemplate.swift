/// The commented template written by `sufficiency init`: small, complete and valid, so it solves as written.
public enum ScenarioTemplate {
  /// Where trailing comments start: on the header and list fields, and on the carers' fields.
  private static let commentColumn = 25
  private static let carerCommentColumn = 30

  /// The template's text.
  public static var text: String {
    var file = ScenarioYAMLWriter()
    file.comment(
      "A SufficiencyPlanner scenario. Lines starting with # are comments. The full format is in docs/scenario-format.md."
    )
    file.comment(
      "Money is in pounds; prices are per child per week; places and demand are children placed on average in a year.")
    file.blankLine()
    file.field("name", "My authority sufficiency plan")
    file.field("summary", "Placement mix, recruitment targets and emergency beds for the next five years.")
    file.field(
      "base_year", "2025", comment: "the year ending 31 March the plan starts from", commentColumn: commentColumn)
    file.field("horizon_years", "5", comment: "plan years 2026 ... 2030", commentColumn: commentColumn)
    file.blankLine()
    file.section("authorities") { list in
      list.item { authority in
        authority.field("id", "my_la")
        authority.field("name", "My Authority")
        authority.field(
          "code", "E06000000", comment: "GSS code, used to find the authority in official statistics",
          commentColumn: commentColumn)
      }
    }
    file.blankLine()
    file.comment(
      "Home areas: where children come from, and where in-house carers live. demand_share splits the authority's demand."
    )
    file.section("areas") { list in
      for (id, name, latitude, longitude, share) in [
        ("north", "North", "54.60", "-1.10", "0.6"), ("south", "South", "54.50", "-1.05", "0.4"),
      ] {
        list.item { area in
          area.field("id", id)
          area.field("authority", "my_la")
          area.field("name", name)
          area.field("latitude", latitude)
          area.field("longitude", longitude)
          area.field("demand_share", share)
        }
      }
    }
    file.blankLine()
    file.comment(
      """
      Need groups, provision types and which provision suits which need: the defaults are used when these sections
      are left out (mainstream_fostering, complex_fostering, parent_and_child, residential, emergency,
      supported_16_17; in_house_fostering, ifa, in_house_residential, external_residential, emergency_beds,
      supported, last_resort).
      """)
    file.blankLine()
    file.comment("Demand: total children needing a placement each year, split by need group.")
    file.section("demand") { list in
      list.item { demand in
        demand.field("authority", "my_la")
        demand.field(
          "totals",
          ScenarioYAMLWriter.inlineMap([
            ("2026", "200"), ("2027", "206"), ("2028", "212"), ("2029", "218"), ("2030", "225"),
          ]))
        demand.section("need_mix") { mix in
          for (need, share) in [
            ("mainstream_fostering", "0.66"), ("complex_fostering", "0.12"), ("parent_and_child", "0.02"),
            ("residential", "0.13"), ("emergency", "0.02"), ("supported_16_17", "0.05"),
          ] {
            mix.field(need, share)
          }
        }
        demand.comment(
          """
          Optional, per council: ages: {turning_16_share: 0.085, ageing_out_share: 0.5} (with need groups given an
          age_band, and an under_16 group ages_into a 16_17 one), and siblings: {share: 0.25} (with providers'
          sibling_places and in-house areas' sibling_place_share); see docs/scenario-format.md.
          """)
        demand.comment("Children in placements at 31 March of the base year: they stay placed (see stability).")
        demand.section("placed_at_base") { placed in
          for (type, count) in [
            ("in_house_fostering", "100"), ("ifa", "60"), ("external_residential", "25"), ("supported", "10"),
          ] {
            placed.field(type, count)
          }
        }
      }
    }
    file.blankLine()
    file.section("providers") { list in
      let providers = [
        ("ifa_local", "Independent fostering agencies nearby", "ifa", "54.55", "-1.25", "60", "1020"),
        (
          "homes_regional", "Private children's homes in the region", "external_residential", "54.78", "-1.57", "30",
          "6100"
        ),
        ("emergency_service", "Emergency beds", "emergency_beds", "54.57", "-1.24", "6", "6100"),
        ("supported_local", "Supported accommodation", "supported", "54.57", "-1.24", "15", "1500"),
      ]
      for (index, (id, name, provision, latitude, longitude, places, price)) in providers.enumerated() {
        list.item { provider in
          provider.field("id", id)
          provider.field("name", name)
          provider.field("provision", provision)
          provider.field("latitude", latitude)
          provider.field("longitude", longitude)
          if index == 0 {
            provider.field(
              "places", places, comment: "places each year (or {2026: 60, 2027: 65, ...})", commentColumn: commentColumn
            )
          } else {
            provider.field("places", places)
          }
          provider.field("weekly_price", price)
        }
      }
      list.item { provider in
        provider.field("id", "last_resort")
        provider.field("name", "Unregistered or hotel placement")
        provider.field("provision", "last_resort")
        provider.field("weekly_price", "15000")
      }
    }
    file.blankLine()
    file.comment("The council's own foster carers, per area.")
    file.section("in_house_fostering") { list in
      for (area, households, maximumRecruits, commented) in [("north", "60", "8", true), ("south", "40", "6", false)] {
        list.item { carers in
          func field(_ key: String, _ value: String, _ comment: String) {
            carers.field(key, value, comment: commented ? comment : nil, commentColumn: carerCommentColumn)
          }
          carers.field("area", area)
          carers.field("households", households)
          carers.field("places_per_household", "1.6")
          field("usable_share", "0.84", "share of approved places usable (vacancies, matching)")
          field("annual_attrition", "0.11", "share of households leaving each year")
          field("recruitment_cost", "8000", "£ per approved household")
          carers.field("max_recruits_per_year", maximumRecruits)
          carers.field("first_year_availability", "0.5")
          carers.field("weekly_cost", "600")
        }
      }
    }
    file.blankLine()
    file.comment("Emergency arrivals; beds to hold are sized with the Erlang B formula.")
    file.section("emergency") { emergency in
      emergency.field("arrivals_per_year", "24")
      emergency.field("mean_stay_weeks", "6")
      emergency.field("blocking_target", "0.05")
      emergency.field("weekly_retainer_per_vacant_bed", "2000")
    }
    file.blankLine()
    file.section("distance") { distance in
      distance.field("road_factor", "1.3")
      distance.field("max_share_over_20_miles", "0.25")
      distance.field("annual_cost_per_placement_mile", "20")
    }
    file.blankLine()
    file.section("policy") { policy in
      policy.field("min_in_house_fostering_share", "0.5")
      policy.field("weekly_unmet_need_penalty", "50000")
      policy.comment("budget_ceiling: {2026: 20000000}")
    }
    file.blankLine()
    file.comment("Placements run on: the share of a year's placements still running the next year.")
    file.comment("The defaults come from national figures; measure your own from SSDA903 returns.")
    file.section("stability") { stability in
      stability.section("continuation") { rates in
        for (type, rate) in [
          ("in_house_fostering", "0.7"), ("ifa", "0.7"), ("external_residential", "0.55"), ("supported", "0.45"),
        ] {
          rates.field(type, rate)
        }
      }
    }
    return file.text
  }
}
