import FinanceWorkbook
import Foundation
import Hummingbird
import PlacementDomain
import Reporting
import ScenarioInputs

/// The explorer's web server (Hummingbird): the page, saving and comparing what-ifs, and downloads. It listens on
/// the loopback address by default, so nothing is reachable from other machines.
public struct ExplorerServer: Sendable {
  public let session: ExplorerSession
  public let host: String
  public let port: Int

  /// A server for `session` on `host:port` (port 0 picks a free port).
  public init(session: ExplorerSession, host: String = "127.0.0.1", port: Int) {
    self.session = session
    self.host = host
    self.port = port
  }

  /// Serves until interrupted (Ctrl-C or SIGTERM); `onReady` gets the page's address once the port is bound.
  public func run(onReady: @escaping @Sendable (String) -> Void) async throws {
    let router = Router()
    let session = self.session
    let host = self.host
    router.get("/") { request, _ in
      try await Self.page(session, query: request.uri.query ?? "")
    }
    router.post("/save") { request, _ in
      var request = request
      let body = try await request.collectBody(upTo: 1 << 20)
      return try await Self.save(session, form: FormFields(encoded: String(buffer: body)))
    }
    router.get("/compare") { request, _ in
      try await Self.compare(session, form: FormFields(encoded: request.uri.query ?? ""))
    }
    router.get("/download/:file") { request, context in
      try await Self.download(
        session, file: context.parameters.get("file") ?? "", form: FormFields(encoded: request.uri.query ?? ""))
    }
    let app = Application(
      router: router, configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
      onServerRunning: { channel in
        let bound = channel.localAddress?.port ?? 0
        onReady("http://\(host):\(bound)/")
      })
    try await app.runService()
  }

  // MARK: - Handlers

  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// The what-if a query or form asks for: a saved one (`whatif=NAME`) or the lever fields.
  static func requested(_ session: ExplorerSession, _ form: FormFields) throws -> (
    overlay: ScenarioOverlay, name: String?
  ) {
    if let name = form["whatif"], !name.isEmpty {
      return (try session.library.load(name), name)
    }
    return (session.overlay(from: form), nil)
  }

  static func page(_ session: ExplorerSession, query: String, notice: String? = nil, noticeIsError: Bool = false)
    async throws -> Response
  {
    let form = FormFields(encoded: query)
    let overlay: ScenarioOverlay
    let name: String?
    do {
      (overlay, name) = try requested(session, form)
    } catch {
      return try await page(session, query: "", notice: "\(error)", noticeIsError: true)
    }
    let evaluation = await session.evaluate(overlay)
    var page = basePage(
      session, overlay: overlay, evaluation: evaluation, title: name.map { "What-if '\($0)'" } ?? "What-if")
    page.query = name.map { FormFields.encode([("whatif", $0)]) } ?? query
    page.openedName = name
    page.notice = notice ?? (form["saved"] != nil ? "Saved as what-ifs/\(name ?? "").yaml beside the scenario." : nil)
    page.noticeIsError = noticeIsError
    return html(page.render())
  }

  static func basePage(
    _ session: ExplorerSession, overlay: ScenarioOverlay, evaluation: ExplorerSession.Evaluation, title: String
  ) -> ExplorerPage {
    let leverPaths = Set(session.levers.map(\.path))
    var values: [String: String] = [:]
    for change in overlay.changes where leverPaths.contains(change.path) { values[change.path] = change.value }
    return ExplorerPage(
      scenarioName: session.baseline.loaded.scenario.name, levers: session.levers, values: values,
      extras: overlay.changes.filter { !leverPaths.contains($0.path) },
      first: ExplorerPage.Side(
        title: "Scenario as it is", evaluation: .planned(session.baseline), renderedPlan: session.baselineHTML),
      second: ExplorerPage.Side(title: overlay.isEmpty ? "Scenario as it is" : title, evaluation: evaluation),
      savedNames: session.library.names(), query: "")
  }

  static func save(_ session: ExplorerSession, form: FormFields) async throws -> Response {
    let overlay = session.overlay(from: form)
    let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
    let query = FormFields.encode(form.pairs.filter { $0.name != "name" }.map { ($0.name, $0.value) })
    if case .invalid = await session.evaluate(overlay) {
      return try await page(
        session, query: query, notice: "Not saved: fix the fields marked in red first.", noticeIsError: true)
    }
    do {
      let author = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
      try session.library.save(overlay, as: name, author: author, date: Date())
    } catch {
      return try await page(session, query: query, notice: "Not saved: \(error)", noticeIsError: true)
    }
    return Response(
      status: .seeOther, headers: [.location: "/?" + FormFields.encode([("whatif", name), ("saved", "1")])])
  }

  static func compare(_ session: ExplorerSession, form: FormFields) async throws -> Response {
    func side(_ name: String?) async throws -> (ScenarioOverlay, ExplorerPage.Side) {
      guard let name, !name.isEmpty else {
        return (
          ScenarioOverlay(),
          ExplorerPage.Side(
            title: "Scenario as it is", evaluation: .planned(session.baseline), renderedPlan: session.baselineHTML)
        )
      }
      let overlay = try session.library.load(name)
      return (overlay, ExplorerPage.Side(title: "What-if '\(name)'", evaluation: await session.evaluate(overlay)))
    }
    do {
      let (_, first) = try await side(form["a"])
      let (overlay, second) = try await side(form["b"])
      var page = basePage(session, overlay: overlay, evaluation: second.evaluation, title: second.title)
      page.first = first
      page.second = second
      page.openedName = form["b"].flatMap { $0.isEmpty ? nil : $0 }
      page.query = page.openedName.map { FormFields.encode([("whatif", $0)]) } ?? ""
      return html(page.render())
    } catch {
      return try await page(session, query: "", notice: "\(error)", noticeIsError: true)
    }
  }

  static func download(_ session: ExplorerSession, file: String, form: FormFields) async throws -> Response {
    let (overlay, _) = try requested(session, form)
    guard case .planned(let planned) = await session.evaluate(overlay) else {
      return html("<p>This what-if cannot be planned; fix its fields first.</p>", status: .badRequest)
    }
    let body: Data
    let type: String
    if file == "report.html" {
      let document = PlanReportBuilder(plan: planned.plan).document()
      body = Data(HTMLReportRenderer().render(document).utf8)
      type = "text/html; charset=utf-8"
    } else if file == "plan.xlsx" {
      body = try FinanceWorkbook.data(plan: planned.plan, scenario: planned.loaded.scenario)
      type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    } else if let exported = try PlanExport.files(for: planned.plan).first(where: { $0.name == file }) {
      body = Data(exported.text.utf8)
      type = file.hasSuffix(".json") ? "application/json" : "text/csv; charset=utf-8"
    } else {
      return html("<p>No such file.</p>", status: .notFound)
    }
    return Response(
      status: .ok,
      headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(file)\""],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
  }
}
