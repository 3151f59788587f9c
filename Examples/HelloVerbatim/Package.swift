// swift-tools-version: 6.1
// A minimal package that depends on Verbatim by path: CI builds and runs it to
// prove that `import Verbatim` works from another package (language tables
// are compiled into the library, so no resource bundle is needed).
import PackageDescription

let package = Package(
  name: "HelloVerbatim",
  dependencies: [
    .package(name: "Verbatim", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "HelloVerbatim",
      dependencies: [.product(name: "Verbatim", package: "Verbatim")]
    )
  ]
)
