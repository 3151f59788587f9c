// swift-tools-version: 6.1
// Verbatim's benchmarks: a package of its own, so that the benchmark tool and its
// dependencies stay out of the library's build, tests and consumers. See README.md.
import PackageDescription

let package = Package(
  name: "verbatim-benchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    // `name:` makes the lookup independent of the checkout's directory name.
    .package(name: "Verbatim", path: ".."),
    // On Linux with Swift 6.3 only the MallocInterposer trait: the RuntimeInterposer
    // trait's dependency is not available here (no ARC metrics then; see README.md).
    .package(
      url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    // The ordo-one benchmarks: `swift package --package-path Benchmarks benchmark`.
    .executableTarget(
      name: "VerbatimBenchmarks",
      dependencies: [
        "CICUFloor",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "Verbatim", package: "Verbatim"),
      ],
      path: "Benchmarks/VerbatimBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // The system ICU, for the raw word-break floor only (Verbatim's own ICU module is internal).
    .systemLibrary(
      name: "CSystemICU",
      path: "Sources/CSystemICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev", "pkg-config"]), .brew(["icu4c"])]
    ),
    // Raw ICU word-break iteration over UTF-8 (the floor under any tokenizer built on ICU).
    // Its header includes no ICU header, so Swift code that also sees Foundation compiles.
    .target(name: "CICUFloor", dependencies: ["CSystemICU"], path: "Sources/CICUFloor"),
    // `ICUFloor FILE…`: the floor as a command, timed in process (Scripts/compare-speed).
    .executableTarget(name: "ICUFloor", dependencies: ["CICUFloor"], path: "Sources/ICUFloor"),
    // `VerbatimInProcess FILE…`: Verbatim's tokenize and analyze timed in process, without
    // process start-up, file reading or JSON (Scripts/compare-speed).
    .executableTarget(
      name: "VerbatimInProcess",
      dependencies: [.product(name: "Verbatim", package: "Verbatim")],
      path: "Sources/VerbatimInProcess"
    ),
  ]
)
