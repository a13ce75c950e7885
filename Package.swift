// swift-tools-version: 6.1
// SufficiencyPlanner: placement-sufficiency planning for English local-authority children's services.
// GPL-3.0-or-later (links GPL-3.0 GLPK).
import PackageDescription

let package = Package(
  name: "SufficiencyPlanner",
  products: [
    .executable(name: "sufficiency", targets: ["sufficiency"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    // MARK: C boundary (only GLPKBackend may import CGLPK and CGLPKShims, only FinanceWorkbook CXLSXWriter)
    .systemLibrary(
      name: "CGLPK",
      providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
    ),
    .systemLibrary(
      name: "CXLSXWriter",
      providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
    ),
    .target(
      name: "CGLPKShims", dependencies: ["CGLPK"],
      // The guard tests' seam that makes deliberately invalid GLPK calls exists in debug builds only.
      cSettings: [.define("CGLPKSHIMS_FATAL_ERROR_SEAM", .when(configuration: .debug))]),

    // MARK: Leaves
    .target(name: "MessageFormat"),
    .target(name: "TableIO", dependencies: ["MessageFormat", .product(name: "CSV", package: "CSV.swift")]),
    .target(name: "Geodesy"),
    .target(name: "LinearProgramming"),
    .target(name: "Statistics"),
    .target(name: "Forecasting", dependencies: ["Statistics"]),
    .target(name: "PlacementDomain", dependencies: ["Geodesy"]),
    .target(name: "CareEpisodes", dependencies: ["MessageFormat", "TableIO", "Geodesy", "Statistics"]),

    // MARK: Inputs (read files into values for Forecasting and Planning: histories, panels and SSDA903 folders, and
    // the stability inputs the returns give; the scenario file with its providers table, what-if changes and
    // postcodes, and the council boundaries on the report's map)
    .target(name: "HistoryInputs", dependencies: ["Forecasting", "CareEpisodes", "MessageFormat", "TableIO"]),
    .target(
      name: "ScenarioInputs",
      dependencies: ["PlacementDomain", "Geodesy", "CareEpisodes", "Statistics", "MessageFormat", "TableIO", "Yams"]),

    // MARK: Scenario files (init's template and the national generator)
    .target(name: "ScenarioGeneration", dependencies: ["MessageFormat", "TableIO", "Statistics"]),

    // MARK: Solver backend
    .target(name: "GLPKBackend", dependencies: ["LinearProgramming", "CGLPKShims", "CGLPK"]),

    // MARK: Planning and output
    .target(
      name: "Planning",
      dependencies: ["PlacementDomain", "Forecasting", "LinearProgramming", "Statistics", "MessageFormat"]),
    .target(
      name: "Reporting",
      dependencies: ["PlacementDomain", "Geodesy", "Planning", "Forecasting", "Statistics", "MessageFormat", "TableIO"]
    ),

    // MARK: The what-if explorer (a local web page over Planning and Reporting)
    .target(
      name: "WhatIfExplorer",
      dependencies: [
        "PlacementDomain", "ScenarioInputs", "Planning", "Reporting", "FinanceWorkbook", "MessageFormat", "TableIO",
        "Yams",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),

    // MARK: The finance workbook (plan.xlsx; the only target that imports CXLSXWriter)
    .target(name: "FinanceWorkbook", dependencies: ["Planning", "PlacementDomain", "CXLSXWriter"]),

    // MARK: Command line (the composition root: the only place that picks a solver)
    .target(
      name: "PlannerCLI",
      dependencies: [
        "MessageFormat", "TableIO", "PlacementDomain", "ScenarioInputs", "Forecasting", "CareEpisodes", "HistoryInputs",
        "LinearProgramming",
        "GLPKBackend", "Planning", "Reporting", "FinanceWorkbook", "ScenarioGeneration", "Statistics",
        "WhatIfExplorer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "sufficiency", dependencies: ["PlannerCLI"]),

    // MARK: Test support
    .target(name: "LinearProgrammingConformance", dependencies: ["LinearProgramming"]),

    // MARK: Tests
    .testTarget(name: "TableIOTests", dependencies: ["MessageFormat", "TableIO"]),
    .testTarget(
      name: "LinearProgrammingTests",
      dependencies: ["LinearProgramming", "LinearProgrammingConformance"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "GLPKBackendTests",
      dependencies: [
        "GLPKBackend", "CGLPKShims", "LinearProgramming", "LinearProgrammingConformance",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "ForecastingTests",
      dependencies: [
        "Forecasting", "HistoryInputs", "TableIO", "Statistics",
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "PlacementDomainTests", dependencies: ["PlacementDomain"]),
    .testTarget(
      name: "ScenarioInputsTests", dependencies: ["ScenarioInputs", "PlacementDomain", "MessageFormat", "TableIO"]),
    .testTarget(
      name: "CareEpisodesTests", dependencies: ["CareEpisodes", "Statistics"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "PlanningTests",
      dependencies: [
        "Planning", "PlacementDomain", "ScenarioInputs", "LinearProgramming", "GLPKBackend", "HistoryInputs",
        "Statistics",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "ReportingTests",
      dependencies: [
        "Reporting", "Geodesy", "Planning", "PlacementDomain", "ScenarioInputs", "Forecasting", "Statistics",
      ]),
    .testTarget(
      name: "PlannerCLITests",
      dependencies: [
        "PlannerCLI", "Forecasting", "HistoryInputs", "Planning", "ScenarioGeneration", "PlacementDomain",
        "ScenarioInputs",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "WhatIfExplorerTests",
      dependencies: ["WhatIfExplorer", "PlacementDomain", "ScenarioInputs", "Planning", "Reporting", "GLPKBackend"]),
  ],
  swiftLanguageModes: [.v6]
)
