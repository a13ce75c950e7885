import Foundation
import MessageFormat
import TableIO
import Testing

@Suite("Plain decimals, message text and file limits")
struct PlainDecimalTests {
  @Test(
    "plain decimals, signs, pounds, exponents and unambiguous thousands separators are read",
    arguments: [
      ("12", 12.0), ("-0.5", -0.5), (".25", 0.25), ("1e6", 1e6), ("£1020", 1020), ("-£5", -5), ("1,234", 1234),
      ("12,345.5", 12345.5), ("1_000_000", 1e6), (" 7 ", 7), ("+3", 3), ("2.", 2),
    ])
  func accepted(text: String, value: Double) {
    #expect(PlainDecimal.parse(text) == value)
    #expect(PlainDecimal.rejection(text) == nil)
  }

  @Test(
    "hex, hex floats, lists, ambiguous commas, NaN and words are refused",
    arguments: [
      "0x10", "0x1p3", "1,2,3", "1,2", "12,34", "1,2345", "1,234,56", "nan", ".inf", "-Infinity", "1e", "e5", "",
      "£", "1.2.3", "1,000_000", "12 places", "0o17", "٣",
    ])
  func refused(text: String) {
    #expect(PlainDecimal.parse(text) == nil, "\(text)")
  }

  @Test("the reason names hexadecimal, commas or NaN")
  func reasons() {
    #expect(PlainDecimal.rejection("0x10")?.contains("hexadecimal") == true)
    #expect(PlainDecimal.rejection("1,2,3")?.contains("thousands") == true)
    #expect(PlainDecimal.rejection("nan")?.contains("NaN") == true)
  }

  @Test("CSV cells follow the same rule")
  func csvCells() throws {
    let table = try CSVTable(text: "a\n\"1,234\"\n\"1,2\"\n0x10\n", path: "t.csv")
    #expect(try table.number(row: 0, column: 0) == 1234)
    #expect(throws: TableIOError.self) { try table.number(row: 1, column: 0) }
    #expect(throws: TableIOError.self) { try table.number(row: 2, column: 0) }
  }

  @Test("control characters are shown, runs counted, long values cut")
  func messageText() {
    let shown = MessageText.shown("5" + String(repeating: "\u{0}", count: 1024))
    #expect(shown == "5\\u{0}×1024")
    #expect(MessageText.shown(String(repeating: "x", count: 500)).count < 120)
    #expect(MessageText.sanitised("a\nb\u{1B}[31m") == "a\nb\\u{1b}[31m")
  }

  @Test("a device, a folder and an oversized file are refused before reading, in plain words")
  func fileLimits() throws {
    #expect(throws: TableIOError.unreadable(path: "/dev/zero", reason: "it is a device, pipe or socket, not a file")) {
      try TextFile.read(URL(fileURLWithPath: "/dev/zero"))
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("big.csv")
    try Data(repeating: 65, count: 2048).write(to: file)
    do {
      _ = try TextFile.read(file, byteLimit: 1024)
      Issue.record("read past the limit")
    } catch let error as TableIOError {
      #expect(error.description.contains("more than the"))
    }
    #expect(try TextFile.read(file, byteLimit: 4096).count == 2048)
  }

  @Test("a write error gives the operating system's reason, not a Foundation domain and code")
  func writeErrorText() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let blocker = folder.appendingPathComponent("afile")
    try Data("x".utf8).write(to: blocker)
    do {
      try AtomicFile.write("text", to: blocker.appendingPathComponent("sub/out.csv"))
      Issue.record("wrote under a file")
    } catch let error as TableIOError {
      #expect(!error.description.contains("NSCocoaErrorDomain") && !error.description.contains("512"), "\(error)")
    }
  }

  @Test("removing an earlier output removes a regular file only, and never an input")
  func removeOutput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("remove-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let stale = folder.appendingPathComponent("stale.csv")
    try Data("x".utf8).write(to: stale)
    #expect(throws: TableIOError.wouldOverwriteInput(path: stale.path)) {
      try AtomicFile.remove(stale, protecting: [stale.path])
    }
    #expect(FileManager.default.fileExists(atPath: stale.path))
    try AtomicFile.remove(stale)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    try AtomicFile.remove(stale)  // nothing there: nothing to do
    let subfolder = folder.appendingPathComponent("kept")
    try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
    try AtomicFile.remove(subfolder)
    #expect(FileManager.default.fileExists(atPath: subfolder.path))
  }

  /// Uses a null device node of its own in a temporary folder (never /dev/null itself: a regression would replace
  /// the machine's /dev/null with a regular file and break every later process). Making a device node needs root.
  @Test("writing to a device writes into it instead of replacing it", .enabled(if: getuid() == 0))
  func deviceTarget() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("device-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let device = folder.appendingPathComponent("null")
    // Major 1, minor 3: the null device.
    #expect(mknod(device.path, S_IFCHR | 0o666, dev_t(0x103)) == 0)
    try AtomicFile.write("discarded", to: device)
    var status = stat()
    #expect(stat(device.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
  }
}

@Suite("Output folders written as one set")
struct OutputFolderTests {
  let setNames: Set<String> = ["plan.json", "budget.csv", "report.html"]

  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("set-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func names(_ url: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  @Test("a new set replaces the old one whole: no stale report beside a new plan, a manifest naming the scenario")
  func replacesWhole() throws {
    let parent = try folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let out = parent.appendingPathComponent("out")
    try OutputFolder.write(
      [("plan.json", "{\"a\":1}"), ("report.html", "<p>A</p>")], to: out, manifest: ["scenario": "a.yaml"],
      setNames: setNames, protecting: [])
    try OutputFolder.write(
      [("plan.json", "{\"b\":2}"), ("budget.csv", "x\n")], to: out,
      manifest: ["scenario": "b.yaml", "scenario_hash": "00ff"],
      setNames: setNames, protecting: [])
    #expect(try names(out) == ["budget.csv", "manifest.json", "plan.json"])
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(
      manifest.contains("\"scenario\": \"b.yaml\"") && manifest.contains("\"files\": [\"plan.json\", \"budget.csv\"]"))
    #expect(try names(parent) == ["out"], "no staging or previous folder left behind")
  }

  @Test("other files in the folder are kept, the old set's files replaced or removed, inputs never touched")
  func keepsOtherFiles() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    try Data("notes".utf8).write(to: out.appendingPathComponent("notes.txt"))
    try Data("scenario".utf8).write(to: out.appendingPathComponent("scenario.yaml"))
    try Data("old report".utf8).write(to: out.appendingPathComponent("report.html"))
    let input = out.appendingPathComponent("scenario.yaml").path
    try OutputFolder.write(
      [("plan.json", "{}")], to: out, manifest: ["scenario": input], setNames: setNames, protecting: [input])
    #expect(try names(out) == ["manifest.json", "notes.txt", "plan.json", "scenario.yaml"])
    #expect(try String(contentsOf: out.appendingPathComponent("scenario.yaml"), encoding: .utf8) == "scenario")
    #expect(throws: TableIOError.wouldOverwriteInput(path: input)) {
      try OutputFolder.write(
        [("scenario.yaml", "x")], to: out, manifest: [:], setNames: setNames, protecting: [input])
    }
  }

  @Test("when a file cannot be written the folder keeps the previous set, whole")
  func failureLeavesPreviousSet() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    try Data("notes".utf8).write(to: out.appendingPathComponent("notes.txt"))
    try OutputFolder.write([("plan.json", "old")], to: out, manifest: [:], setNames: setNames, protecting: [])
    // A folder where a file of the new set must go: the set cannot be moved in.
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("budget.csv"), withIntermediateDirectories: false)
    #expect(throws: TableIOError.self) {
      try OutputFolder.write(
        [("plan.json", "new"), ("budget.csv", "new")], to: out, manifest: [:], setNames: setNames, protecting: [])
    }
    #expect(try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8) == "old")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path))
    #expect(try names(out).allSatisfy { !$0.hasPrefix(".") }, "no staging folder left behind")
  }

  @Test("a link to a folder is followed: the folder receives the set and the link stays")
  func followsLink() throws {
    let parent = try folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let real = parent.appendingPathComponent("real")
    try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
    let link = parent.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    try OutputFolder.write([("plan.json", "{}")], to: link, manifest: [:], setNames: setNames, protecting: [])
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path).hasSuffix("real"))
    #expect(try names(real) == ["manifest.json", "plan.json"])
  }

  @Test("a file where the folder should be is reported, and nothing is written")
  func fileInTheWay() throws {
    let parent = try folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let blocker = parent.appendingPathComponent("out")
    try Data("x".utf8).write(to: blocker)
    #expect(throws: TableIOError.writeFailed(path: blocker.path, reason: "it is a file, not a folder")) {
      try OutputFolder.write([("plan.json", "{}")], to: blocker, manifest: [:], setNames: setNames, protecting: [])
    }
  }
}
