import Foundation
import PlacementDomain
import ScenarioInputs
import TableIO

/// The saved what-ifs of one scenario: YAML overlay files in a `what-ifs/` folder beside it, each the changed values
/// only with who saved it and when in a comment. Files are written atomically, so two saves at once leave one whole
/// file, and the scenario itself is never written.
public struct WhatIfLibrary: Sendable {
  /// The folder holding the what-if files.
  public let folder: URL
  /// The scenario file (named in each file's comment, never written).
  public let scenarioFile: URL
  /// Files that must never be overwritten: the scenario and the tables it reads.
  public let protectedPaths: Set<String>

  /// The library beside `scenarioFile`.
  public init(scenarioFile: URL, protectedPaths: Set<String>) {
    self.scenarioFile = scenarioFile
    self.folder = scenarioFile.deletingLastPathComponent().appendingPathComponent("what-ifs")
    self.protectedPaths = protectedPaths.union([scenarioFile.path])
  }

  /// Why a what-if could not be saved or opened.
  public struct Problem: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The saved what-ifs' names, sorted.
  public func names() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.filter(Self.isValidName).sorted()
  }

  /// The file of the what-if called `name`.
  public func file(named name: String) throws -> URL {
    guard Self.isValidName(name) else {
      throw Problem(
        description: "'\(name)' cannot name a what-if: use 1 to 60 letters, digits, '-' or '_' (no spaces)")
    }
    return folder.appendingPathComponent(name + ".yaml")
  }

  /// The what-if called `name`.
  public func load(_ name: String) throws -> ScenarioOverlay {
    let url = try file(named: name)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw Problem(description: "there is no saved what-if called '\(name)' in \(folder.path)")
    }
    return try ScenarioOverlay.read(from: url)
  }

  /// Saves `overlay` as the what-if `name` (replacing an earlier one of that name), noting `author` and `date`.
  @discardableResult
  public func save(_ overlay: ScenarioOverlay, as name: String, author: String, date: Date) throws -> URL {
    let url = try file(named: name)
    guard !overlay.isEmpty else { throw Problem(description: "nothing is changed, so there is no what-if to save") }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    let comment = [
      "What-if '\(name)' on \(scenarioFile.lastPathComponent): changed values only; the scenario file is unchanged.",
      "Saved by \(author) on \(formatter.string(from: date)) UTC with sufficiency serve.",
      "Apply it with: sufficiency plan \(scenarioFile.path) --what-if \(url.path)",
    ]
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try AtomicFile.write(overlay.fileText(comment: comment), to: url, protecting: protectedPaths)
    return url
  }

  /// 1 to 60 letters, digits, `-` or `_`.
  static func isValidName(_ name: String) -> Bool {
    (1...60).contains(name.count)
      && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
  }
}
