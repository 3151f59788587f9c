// swift-tools-version: 6.1
// Verbatim: tokens, sentences, normalization, language, entities and quotes
// for French and English news text, over the system ICU.
import PackageDescription

let package = Package(
  name: "Verbatim",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "Verbatim", targets: ["Verbatim"]),
    .executable(name: "verbatim", targets: ["VerbatimCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.6.0")
  ],
  targets: [
    // The system ICU (Debian: libicu-dev). Only CICUShims sees its headers.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev", "pkg-config"]), .brew(["icu4c"])]
    ),
    // A C layer whose public header includes no ICU header (see its header).
    .target(name: "CICUShims", dependencies: ["CICU"]),
    // Trained models and lexicon snapshots as byte blobs compiled into the library (`#embed`).
    .target(
      name: "CVerbatimModels",
      exclude: ["entity-model-fr.bin", "entity-model-en.bin", "entity-lexicons.bin", "quote-lexicon.bin", "language-model.bin"]),
    .target(
      name: "Verbatim",
      dependencies: ["CICUShims", "CVerbatimModels"],
      exclude: ["Resources"],
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
    ),
    .executableTarget(
      name: "VerbatimCLI",
      dependencies: [
        "Verbatim",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
    ),
    // Trains the entity tagger from corpora (Scripts/train-entities); not a product.
    .executableTarget(
      name: "VerbatimTrainer",
      dependencies: ["Verbatim"],
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
    ),
    // The libFuzzer target (Scripts/fuzz builds it with -sanitize=fuzzer,address);
    // a normal build links it as a program that does nothing.
    .executableTarget(
      name: "VerbatimFuzz",
      dependencies: ["Verbatim"],
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
    ),
    .testTarget(name: "VerbatimTests", dependencies: ["Verbatim"]),
    .testTarget(name: "VerbatimCLITests", dependencies: ["VerbatimCLI"]),
  ]
)
