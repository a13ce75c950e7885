import Foundation
import MessageFormat
import PlacementDomain
import Planning
import Reporting
import ScenarioInputs
import TableIO

/// The explorer's HTML: the levers as a form beside the unchanged plan and the what-if's plan, with the report's own
/// renderers for the headline and charts. Offline: inline style, one tiny inline script (submit on change), no
/// external resources.
struct ExplorerPage {
  /// One side of the comparison.
  struct Side {
    var title: String
    var evaluation: ExplorerSession.Evaluation
    /// The plan's sections already rendered with ``ExplorerPage/planHTML(_:idPrefix:)`` (the unchanged plan's,
    /// rendered once per session), or `nil` to render them.
    var renderedPlan: String? = nil
  }

  /// A plan's headline and charts, rendered by the report's renderer with ids starting `idPrefix`.
  static func planHTML(_ planned: ExplorerSession.PlannedScenario, idPrefix: String) -> String {
    let sections = PlanReportBuilder(plan: planned.plan).leverSections()
    return HTMLReportRenderer().fragment(sections, idPrefix: idPrefix)
  }

  var scenarioName: String
  var levers: [ExplorerLever]
  /// The form's values by path (the what-if's, else the scenario's).
  var values: [String: String]
  /// Changes that have no field (from a saved what-if), kept as hidden `extra` fields.
  var extras: [ScenarioOverlay.Change]
  var first: Side
  var second: Side
  var savedNames: [String]
  /// The query string of the current what-if, for download links.
  var query: String
  /// A line at the top: saved, or why not.
  var notice: String?
  var noticeIsError = false
  /// The saved what-if being shown, if any.
  var openedName: String?

  /// The files of the what-if's plan offered for download: the report, the finance workbook and every file of
  /// ``PlanExport/files(for:)``, as `plan` writes them.
  static let downloadFiles = [
    "report.html", "plan.xlsx", "plan.json", "budget.csv", "recruitment-targets.csv", "placements.csv",
    "placement-flows.csv", "sufficiency-gap.csv", "emergency-capacity.csv", "sibling-places.csv", "shadow-prices.csv",
  ]

  private func escaped(_ text: String) -> String { HTMLReportRenderer.escaped(text) }

  func render() -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en-GB"><head><meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>What-if explorer: \(escaped(scenarioName))</title>
      <style>\(HTMLReportRenderer.styleSheet)\(Self.css)</style></head>
      <body><main class="explorer-main">
      <header><h1>What-if explorer</h1><p class="subtitle">\(escaped(scenarioName))</p>
      <p class="provenance">Change a lever and the plan is solved again on this computer. Nothing leaves the machine.</p>
      </header>

      """
    if let notice {
      html += "<p id=\"notice\" class=\"\(noticeIsError ? "notice error" : "notice")\">\(escaped(notice))</p>\n"
    }
    html += "<div class=\"explorer\">\n<div class=\"levers\">\n" + leverForm() + saveForm() + savedList() + "</div>\n"
    html += "<div class=\"results\">\n" + results() + "</div>\n</div>\n"
    html += """
      <script>
      document.getElementById('levers').addEventListener('change', function (event) {
        if (event.target.name) { event.target.form.submit(); }
      });
      </script>
      </main></body></html>

      """
    return html
  }

  private var secondIssues: [ScenarioIssue] {
    if case .invalid(let issues) = second.evaluation { return issues }
    return []
  }

  private func leverForm() -> String {
    let issues = secondIssues
    let fieldPaths = Set(levers.map(\.path))
    var html = "<form id=\"levers\" method=\"get\" action=\"/\">\n"
    let general = issues.filter { !fieldPaths.contains($0.path) }
    if !general.isEmpty {
      html += "<div class=\"notice error\" id=\"form-errors\"><p>The what-if cannot be planned:</p><ul>"
      html += general.map { "<li>\(escaped($0.description))</li>" }.joined()
      html += "</ul></div>\n"
    }
    var groups: [String] = []
    for lever in levers where !groups.contains(lever.group) { groups.append(lever.group) }
    for group in groups {
      html += "<fieldset><legend>\(escaped(group))</legend>\n"
      for lever in levers where lever.group == group {
        let id = "field-" + Self.identifier(lever.path)
        let value = values[lever.path] ?? lever.baseline
        let changed = value != lever.baseline
        let fieldIssues = issues.filter { $0.path == lever.path }
        html += "<div class=\"field\(changed ? " changed" : "")\(fieldIssues.isEmpty ? "" : " invalid")\">"
        html += "<label for=\"\(id)\">\(escaped(lever.label))</label>"
        html +=
          "<span class=\"input\"><input type=\"text\" inputmode=\"decimal\" id=\"\(id)\" name=\"\(escaped(lever.path))\""
        html +=
          " value=\"\(escaped(value))\" aria-describedby=\"\(id)-help\"/> <span class=\"unit\">\(escaped(lever.unit))</span></span>"
        html += "<small id=\"\(id)-help\">\(escaped(lever.help))"
        if changed { html += " Scenario: \(escaped(lever.baseline.isEmpty ? "none" : lever.baseline))." }
        html += "</small>"
        for issue in fieldIssues {
          html += "<p class=\"field-error\" id=\"\(id)-error\" role=\"alert\">\(escaped(Self.message(issue)))</p>"
        }
        html += "</div>\n"
      }
      html += "</fieldset>\n"
    }
    for extra in extras {
      html += "<input type=\"hidden\" name=\"extra\" value=\"\(escaped(extra.path + "=" + extra.value))\"/>\n"
    }
    if !extras.isEmpty {
      html +=
        "<p class=\"extras\">Also changed by the saved what-if: "
        + escaped(extras.map { "\($0.path) = \($0.value)" }.joined(separator: "; ")) + "</p>\n"
    }
    html +=
      "<p><button type=\"submit\" id=\"replan\">Re-plan</button> <a href=\"/\">Back to the scenario as it is</a></p>\n"
    html += "</form>\n"
    return html
  }

  private func saveForm() -> String {
    var html = "<form id=\"save\" method=\"post\" action=\"/save\"><fieldset><legend>Save this what-if</legend>\n"
    for lever in levers {
      let value = values[lever.path] ?? lever.baseline
      if value != lever.baseline {
        html += "<input type=\"hidden\" name=\"\(escaped(lever.path))\" value=\"\(escaped(value))\"/>\n"
      }
    }
    for extra in extras {
      html += "<input type=\"hidden\" name=\"extra\" value=\"\(escaped(extra.path + "=" + extra.value))\"/>\n"
    }
    html += "<label for=\"whatif-name\">Name</label> <input type=\"text\" id=\"whatif-name\" name=\"name\""
    html +=
      " value=\"\(escaped(openedName ?? ""))\" pattern=\"[A-Za-z0-9_-]{1,60}\" placeholder=\"more-east-cleveland-carers\"/>"
    html += " <button type=\"submit\" id=\"save-button\">Save</button>"
    html += "<small>Letters, digits, '-' and '_'. Saved as a small file of the changed values in the what-ifs folder"
    html += " beside the scenario; the scenario file is never changed.</small>"
    html += "</fieldset></form>\n"
    return html
  }

  private func savedList() -> String {
    var html = "<section id=\"saved\"><h2>Saved what-ifs</h2>\n"
    if savedNames.isEmpty {
      html += "<p>None yet.</p>\n"
    } else {
      html += "<ul id=\"saved-list\">"
      for name in savedNames {
        html += "<li><a href=\"/?whatif=\(FormFields.encode([("", name)]).dropFirst())\">\(escaped(name))</a></li>"
      }
      html += "</ul>\n<form method=\"get\" action=\"/compare\" id=\"compare\"><label for=\"compare-a\">Compare</label> "
      html += select("a", id: "compare-a") + " <label for=\"compare-b\">with</label> " + select("b", id: "compare-b")
      html += " <button type=\"submit\">Compare</button></form>\n"
    }
    html += "</section>\n"
    return html
  }

  private func select(_ name: String, id: String) -> String {
    var html = "<select name=\"\(name)\" id=\"\(id)\"><option value=\"\">the scenario as it is</option>"
    for saved in savedNames { html += "<option value=\"\(escaped(saved))\">\(escaped(saved))</option>" }
    return html + "</select>"
  }

  private func results() -> String {
    var html = ""
    if case .planned(let a) = first.evaluation, case .planned(let b) = second.evaluation {
      html += comparisonTable(PlanDifference(first: a.plan, second: b.plan))
      html += "<p class=\"downloads\">Download the \(escaped(second.title.lowercased())): "
      let links = Self.downloadFiles.map { "<a href=\"/download/\($0)?\(escaped(query))\">\($0)</a>" }
      html += links.joined(separator: " · ")
      html += "</p>\n"
    }
    html += "<div class=\"plans\">\n"
    for (side, prefix) in [(first, "a-"), (second, "b-")] {
      html += "<div class=\"plan\" id=\"\(prefix)plan\"><h2 class=\"side\">\(escaped(side.title))</h2>\n"
      switch side.evaluation {
      case .planned(let planned):
        html += (prefix == "a-" ? side.renderedPlan : nil) ?? Self.planHTML(planned, idPrefix: prefix)
      case .invalid:
        html += "<p class=\"notice error\">Not planned: fix the fields marked in red.</p>"
      case .failed(let message):
        html += "<p class=\"notice error\">The solver gave no plan: \(escaped(message))</p>"
      }
      html += "</div>\n"
    }
    return html + "</div>\n"
  }

  private func comparisonTable(_ difference: PlanDifference) -> String {
    var html = "<table id=\"comparison\"><caption>\(escaped(second.title)) against \(escaped(first.title))</caption>"
    html += "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"num\">\(escaped(first.title))</th>"
    html +=
      "<th scope=\"col\" class=\"num\">\(escaped(second.title))</th><th scope=\"col\" class=\"num\">Change</th></tr></thead><tbody>"
    for row in difference.headlineRows {
      func cell(_ value: Double?, _ id: String) -> String {
        "<td class=\"num\" id=\"\(id)-\(row.measure)\">\(value.map { Self.format($0, row.unit) } ?? "-")</td>"
      }
      let change = row.difference.map { ($0 > 0 ? "+" : "") + Self.format($0, row.unit) }
      html += "<tr><th scope=\"row\">\(escaped(row.label))</th>" + cell(row.first, "first") + cell(row.second, "second")
      html += "<td class=\"num\" id=\"difference-\(row.measure)\">\(change ?? "-")</td></tr>"
    }
    return html + "</tbody></table>\n"
  }

  static func format(_ value: Double, _ unit: PlanDifference.Unit) -> String {
    switch unit {
    case .pounds: NumberFormat.pounds(value)
    case .count: NumberFormat.fixed(value, decimals: 1)
    }
  }

  /// The message `validate` prints for an issue, without the file and line (the field shows where).
  static func message(_ issue: ScenarioIssue) -> String {
    let text = issue.message.hasSuffix(".") ? String(issue.message.dropLast()) : issue.message
    return "\(text). Fix: \(issue.fix)"
  }

  /// An HTML id from a path: letters and digits kept, everything else `-`.
  static func identifier(_ path: String) -> String {
    String(path.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
  }

  static let css = """

    main.explorer-main { max-width: none; padding: 20px 28px 40px; }
    .explorer { display: grid; grid-template-columns: minmax(300px, 380px) 1fr; gap: 28px; align-items: start; }
    .levers fieldset { border: 1px solid #BFBFBF; margin: 0 0 14px; padding: 8px 12px; }
    .levers legend { font-weight: 700; padding: 0 4px; }
    .field { margin: 6px 0 10px; }
    .field label { display: block; font-weight: 600; font-size: 14px; }
    .field input { width: 8em; font-size: 15px; padding: 3px 5px; }
    .field.changed input { border: 2px solid #0072B2; background: #EAF4FB; }
    .field.invalid input { border: 2px solid #B00020; background: #FDECEE; }
    .field small, #save small { display: block; color: #505050; font-size: 12.5px; line-height: 1.35; }
    .unit { font-size: 13px; color: #333333; }
    .field-error { color: #B00020; font-size: 13.5px; font-weight: 600; margin: 4px 0 0; }
    .notice { border-left: 6px solid #009E73; background: #EAF7F2; padding: 8px 14px; }
    .notice.error { border-left-color: #B00020; background: #FDECEE; }
    .plans { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
    .plan { min-width: 0; }
    .plan h2.side { border-top: none; margin-top: 0; color: #005A8C; }
    .plan .key-figures { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
    .plan .key-figure .value { font-size: 22px; }
    .plan .chart-with-data .chart-data { display: none; }
    .downloads { font-size: 14px; }
    @media (max-width: 1100px) { .explorer, .plans { grid-template-columns: 1fr; } }

    """
}
