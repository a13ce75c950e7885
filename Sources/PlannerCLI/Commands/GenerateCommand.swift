import ArgumentParser
import Foundation
import ScenarioGeneration
import TableIO

extension SufficiencyCommand {
  /// `sufficiency generate --authorities 152 --providers 3000 --years 5 --seed S --out DIR`: a national scenario
  /// built from the official statistics under `Data/national/`, for benchmarks and scaling work.
  struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "generate",
      abstract: "Generate a national planning scenario (scenario.yaml + providers.csv) from official statistics.",
      discussion: """
        Councils: the largest N current English children's-services authorities by 0-17 population (ONS 2024), at \
        their real centroids. Demand: looked-after children at 31 March 2024 (the DfE panel where the council is in \
        it, otherwise the national count shared by 0-17 population) x 0.85 needing a placement, grown at the national \
        2019-2024 trend. In-house carers: Ofsted Fostering in England 2018-19 per council. Prices: s251 2023-24 \
        weekly unit costs of the council the provider sits in. Providers: synthetic, at real postcode-district \
        centroids near councils (more where there are more looked-after children). Same seed, same files.
        """)

    @Option(help: "How many councils (the largest by 0-17 population).")
    var authorities: Int = 152

    @Option(help: "How many providers to scatter around the councils.")
    var providers: Int = 3000

    @Option(help: "Plan years after the 2024 base year.")
    var years: Int = 5

    @Option(help: "Random seed for provider placement, prices and sizes.")
    var seed: UInt64 = 1

    @Option(help: "The folder to write scenario.yaml and providers.csv to.")
    var out: String

    @Option(help: "The folder holding the national statistics (default: the bundled Data/national).")
    var data: String?

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/national")
      guard authorities >= 1 else { throw ValidationError("--authorities must be at least 1") }
      guard providers >= 1 && providers <= 1_000_000 else {
        throw ValidationError("--providers must be 1 to 1,000,000")
      }
      guard years >= 1 && years <= 30 else { throw ValidationError("--years must be 1 to 30") }
    }

    func run() throws {
      let folder = data.map { URL(fileURLWithPath: $0) } ?? BundledData.locate("Data/national")
      let statistics = try NationalStatistics(folder: folder, panel: BundledData.locate(BundledData.defaultPanel))
      guard statistics.councilCount >= authorities else {
        throw CLIInputError(
          message: "only \(statistics.councilCount) councils have a centroid, a 2024 population and s251 costs; "
            + "ask for --authorities \(statistics.councilCount) or fewer")
      }
      let instance = NationalInstance(
        statistics: statistics, authorities: authorities, providers: providers, years: years, seed: seed)
      let outFolder = URL(fileURLWithPath: out)
      let inputs = Set(statistics.inputPaths)
      try AtomicFile.write(
        instance.providerTable(), to: outFolder.appendingPathComponent("providers.csv"), protecting: inputs)
      try AtomicFile.write(
        instance.scenarioText(), to: outFolder.appendingPathComponent("scenario.yaml"), protecting: inputs)
      print("Generated \(authorities) councils, \(providers) providers, \(years) plan years in \(outFolder.path)")
    }
  }
}
