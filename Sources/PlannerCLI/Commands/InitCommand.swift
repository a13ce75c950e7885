import ArgumentParser
import Foundation
import ScenarioGeneration
import TableIO

extension SufficiencyCommand {
  /// `sufficiency init DIR`: writes a commented template scenario to start from.
  struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a commented template scenario (DIR/scenario.yaml) to edit.")

    @Argument(help: "The folder to create the scenario in.")
    var folder: String

    @Flag(help: "Replace an existing scenario.yaml.")
    var force = false

    func validate() throws {
      try PathOption.requireNonEmpty(folder, "the folder", example: "my-council")
    }

    func run() throws {
      let url = URL(fileURLWithPath: folder).appendingPathComponent("scenario.yaml")
      if FileManager.default.fileExists(atPath: url.path) && !force {
        throw CLIInputError(message: "\(url.path) already exists; choose another folder or pass --force to replace it")
      }
      try AtomicFile.write(ScenarioTemplate.text, to: url)
      print("Wrote \(url.path). Edit it, then run: sufficiency validate \(url.path) && sufficiency plan \(url.path)")
    }
  }
}
