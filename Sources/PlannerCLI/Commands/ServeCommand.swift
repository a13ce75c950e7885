import ArgumentParser
import Dispatch
import Foundation
import MessageFormat
import Planning
import TableIO
import WhatIfExplorer

extension SufficiencyCommand {
  /// `sufficiency serve [SCENARIO] [--port N]`: the what-if explorer, a local web page that re-plans as levers change.
  struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Open the what-if explorer: a local web page where changing a lever re-plans the scenario.",
      discussion: """
        Prints the page's address (http://127.0.0.1:8080/ by default); open it in a browser on this computer. The \
        page shows the scenario's main levers with their units; changing one solves the plan again and shows it \
        beside the unchanged plan, with the report's headline and charts. What-ifs are saved as small files of the \
        changed values in a what-ifs folder beside the scenario (the scenario file is never changed) and can be \
        applied on the command line with --what-if. Everything runs on this computer; the page loads nothing from \
        the internet. Stop it with Ctrl-C.
        """)

    @Argument(help: "The scenario file (or a folder holding scenario.yaml). Default: the bundled default scenario.")
    var scenario: String?

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on. The default, 127.0.0.1, is reachable from this computer only.")
    var host: String = "127.0.0.1"

    @OptionGroup var solverOptions: SolverOptionGroup

    func validate() throws {
      guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
    }

    func run() throws {
      let url = try ScenarioLocator.resolve(scenario)
      let solver = try solverOptions.makeSolver()
      let options = solverOptions.solveOptions
      // One forecaster for the whole session: it fits each history once, so a lever change re-plans without refitting.
      let forecaster = Forecasters.history()
      let session = try ExplorerSession(scenarioFile: url, postcodes: BundledData.postcodeLocator()) { loaded in
        var planner = Planner(solver: solver, options: options)
        planner.choosesMethod = solverOptions.method == nil
        return try planner.plan(
          loaded.scenario, forecaster: forecaster, scenarioHash: loaded.contentHash,
          warnings: loaded.warnings.map(\.description)
        ).plan
      }
      for warning in session.baseline.loaded.warnings { StandardError.print(warning.description) }
      let server = ExplorerServer(session: session, host: host, port: port)
      let outcome = ServerOutcome()
      let finished = DispatchSemaphore(value: 0)
      Task {
        do {
          try await server.run { address in
            // Written straight to the file descriptor, unbuffered, so a script or test reading a pipe sees it at once.
            FileHandle.standardOutput.write(
              Data(
                "What-if explorer for \(url.path)\nOpen \(address) in a browser on this computer (Ctrl-C to stop).\n"
                  .utf8))
          }
        } catch {
          outcome.record(error)
        }
        finished.signal()
      }
      finished.wait()
      if let error = outcome.error { throw ServerStopped(message: "the explorer stopped: \(error)") }
    }

    /// The server could not start or stopped with an error (such as a port already in use): exit code 1.
    struct ServerStopped: ReportableError {
      var message: String
      var isInvalidInput: Bool { false }
      var description: String { message }
    }
  }
}

/// The error the server stopped with, handed from its task to the command.
private final class ServerOutcome: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: (any Error)?

  func record(_ error: any Error) {
    lock.lock()
    stored = error
    lock.unlock()
  }

  var error: (any Error)? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
