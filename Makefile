# Two commands on a fresh Debian machine:
#   make demo   plan the bundled default scenario (installs GLPK when missing)
#   make test   run every test (installs GLPK and headless Chromium when missing)
# And to install the tool with its data: make install PREFIX=/usr/local (binary in PREFIX/bin, data in
# PREFIX/share/sufficiency), then run `sufficiency` from any folder.
# For developers:
#   make format rewrite the code in the checked-in style (.swift-format, the toolchain's `swift format`)
#   make lint   check that style; findings fail (make test runs it)
#   make golden rewrite the bundled scenarios' golden outputs after an intended change
.PHONY: deps build demo test install golden format lint

PREFIX ?= /usr/local
CONFIG ?= release

deps:
	@bash Scripts/install-deps.sh

build: deps
	swift build

demo: deps
	swift run sufficiency plan --out out/demo --report

test: deps lint
	swift build --build-tests
	swift test --skip-build

# Regenerate Scenarios/*/expected/ (the golden outputs the end-to-end tests compare with) after an intended change.
golden:
	@bash Scripts/update-golden.sh

SWIFT_SOURCES = Package.swift Sources Tests

format:
	swift format format --in-place --recursive --parallel $(SWIFT_SOURCES)

lint:
	swift format lint --strict --recursive --parallel $(SWIFT_SOURCES)

install: deps
	swift build -c $(CONFIG) --product sufficiency
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/sufficiency"
	install -m 755 "$$(swift build -c $(CONFIG) --show-bin-path)/sufficiency" "$(PREFIX)/bin/sufficiency"
	rm -rf "$(PREFIX)/share/sufficiency/Data" "$(PREFIX)/share/sufficiency/Scenarios"
	cp -R Data Scenarios "$(PREFIX)/share/sufficiency/"
