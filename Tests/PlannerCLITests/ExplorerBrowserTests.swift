import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The what-if explorer in a real browser: headless Chromium driven over WebDriver (chromedriver) changes the
/// recruitment limit and the chance of no emergency bed, sees cost, recruits and beds change, saves the what-if,
/// and finds it again after the server restarts.
@Suite("What-if explorer in a browser", .serialized)
struct ExplorerBrowserTests {
  static let chromium = "/usr/bin/chromium"
  static let chromedriver = "/usr/bin/chromedriver"

  /// A running `sufficiency serve` and the address it printed.
  final class Server {
    let process = Process()
    let address: String

    init(scenario: URL) throws {
      guard let executable = BinaryRunner.executable else { throw BinaryRunner.RunnerError.noExecutable }
      process.executableURL = executable
      process.arguments = ["serve", scenario.path, "--port", "0"]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      address = try Self.readAddress(from: output.fileHandleForReading, process: process)
    }

    /// Reads the server's output until it prints `Open http://...`.
    static func readAddress(from handle: FileHandle, process: Process) throws -> String {
      var text = ""
      let deadline = Date().addingTimeInterval(120)
      while Date() < deadline {
        let data = handle.availableData
        if data.isEmpty { break }
        text += String(decoding: data, as: UTF8.self)
        if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
          return String(text[range])
        }
      }
      process.terminate()
      throw WebDriverClient.Failure(description: "sufficiency serve printed no address: \(text)")
    }

    func stop() {
      process.terminate()
      process.waitUntilExit()
    }
  }

  /// A free loopback port (bound, read, released).
  static func freePort() throws -> Int {
    let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketDescriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(socketDescriptor, pointer, length) == 0 && getsockname(socketDescriptor, pointer, &length) == 0
      }
    }
    guard bound else { throw WebDriverClient.Failure(description: "no free port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// chromedriver on a free port, ready for sessions.
  static func startDriver() throws -> (Process, String) {
    let port = try freePort()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromedriver)
    process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let address = "http://127.0.0.1:\(port)"
    var problem = ""
    for _ in 0..<100 {
      do {
        let status = try WebDriverClient.request("GET", address + "/status") as? [String: Any]
        if status?["ready"] as? Bool == true { return (process, address) }
        problem = "not ready: \(String(describing: status))"
      } catch {
        problem = "\(error)"
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    throw WebDriverClient.Failure(description: "chromedriver did not start: \(problem)")
  }

  static let recruitmentField = #"input[name="in_house_fostering[east_cleveland].max_recruits_per_year"]"#
  static let blockingField = #"input[name="emergency.blocking_target"]"#

  @Test("change the recruitment limit and the chance of no bed, save the what-if, find it after a restart")
  func changeSaveRestart() throws {
    let fileManager = FileManager.default
    #expect(
      fileManager.isExecutableFile(atPath: Self.chromedriver) && fileManager.isExecutableFile(atPath: Self.chromium),
      "headless Chromium is needed: 'make test' installs chromium and chromium-driver (Scripts/install-deps.sh)")
    guard fileManager.isExecutableFile(atPath: Self.chromedriver) else { return }
    // A copy of the default scenario, so saved what-ifs land in a temporary folder.
    let root = try BinaryRunner.temporaryFolder()
    defer { try? fileManager.removeItem(at: root) }
    try fileManager.createSymbolicLink(
      at: root.appendingPathComponent("Data"),
      withDestinationURL: BinaryRunner.repositoryRoot.appendingPathComponent("Data"))
    let folder = root.appendingPathComponent("Scenarios/redcar")
    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
    let scenario = folder.appendingPathComponent("scenario.yaml")
    try fileManager.copyItem(
      at: BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/redcar-cleveland-2018/scenario.yaml"),
      to: scenario)
    let scenarioBytes = try Data(contentsOf: scenario)

    let (driverProcess, driver) = try Self.startDriver()
    defer {
      // chromedriver does not stop on SIGTERM.
      kill(driverProcess.processIdentifier, SIGKILL)
      driverProcess.waitUntilExit()
    }
    var server = try Server(scenario: scenario)
    defer { server.stop() }
    let browser = try WebDriverClient.start(driver: driver, chromium: Self.chromium)
    do {
      try browser.open(server.address)
      let baseCost = try browser.text("#second-total_cost_gbp")
      let baseRecruits = try browser.text("#second-households_to_recruit")
      let baseBeds = try browser.text("#second-peak_emergency_beds")
      #expect(baseCost == (try browser.text("#first-total_cost_gbp")))
      #expect(try browser.property(Self.recruitmentField, "value") == "5")

      // More carers approved in East Cleveland: more recruits, a different cost.
      try browser.type(Self.recruitmentField, "12\u{E007}")
      let recruits = try browser.waitForText("#second-households_to_recruit") { $0 != baseRecruits }
      let costAfterRecruits = try browser.text("#second-total_cost_gbp")
      #expect(costAfterRecruits != baseCost)
      #expect((Double(recruits) ?? 0) > (Double(baseRecruits) ?? .infinity))

      // Accept a higher chance that an emergency arrival finds no bed: fewer beds held.
      try browser.type(Self.blockingField, "0.3\u{E007}")
      let beds = try browser.waitForText("#second-peak_emergency_beds") { $0 != baseBeds }
      #expect((Double(beds) ?? .infinity) < (Double(baseBeds) ?? 0))
      #expect(try browser.property(Self.recruitmentField, "value") == "12")
      #expect(try browser.text("#second-total_cost_gbp") != costAfterRecruits)

      // Bad input: validate's message next to the field, and the page keeps working.
      try browser.type(Self.blockingField, "lots\u{E007}")
      let message = try browser.waitForText(".field-error") { !$0.isEmpty }
      #expect(message.contains("'lots' is not a plain number"))
      try browser.type(Self.blockingField, "0.3\u{E007}")
      _ = try browser.waitForText("#second-peak_emergency_beds") { $0 == beds }

      // Save the what-if.
      try browser.type("#whatif-name", "east-12-fewer-beds\u{E007}")
      _ = try browser.waitForText("#notice") { $0.contains("Saved") }
      let saved = folder.appendingPathComponent("what-ifs/east-12-fewer-beds.yaml")
      let savedText = try String(contentsOf: saved, encoding: .utf8)
      #expect(savedText.contains("in_house_fostering[east_cleveland].max_recruits_per_year: 12"))
      #expect(savedText.contains("emergency.blocking_target: 0.3"))
      #expect(savedText.contains("# Saved by "))
      #expect(try Data(contentsOf: scenario) == scenarioBytes)

      // Restart the server: the what-if is listed, and opening it gives the same plan.
      server.stop()
      server = try Server(scenario: scenario)
      try browser.open(server.address)
      #expect(try browser.text("#saved-list") == "east-12-fewer-beds")
      try browser.click("#saved-list a")
      _ = try browser.waitForText("#second-households_to_recruit") { $0 == recruits }
      #expect(try browser.text("#second-peak_emergency_beds") == beds)
      #expect(try browser.property(Self.recruitmentField, "value") == "12")

      // The saved what-if's finance workbook downloads as an xlsx file (a zip archive).
      let workbook = try LoopbackHTTP.send(
        method: "GET", url: server.address + "/download/plan.xlsx?whatif=east-12-fewer-beds", body: nil)
      #expect(workbook.count > 10_000 && workbook.prefix(2) == Data("PK".utf8))
    } catch {
      browser.quit()
      throw error
    }
    browser.quit()
  }
}
