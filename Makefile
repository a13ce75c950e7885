# Two commands on a fresh Debian machine:
#   make demo   plan the bundled default scenario (installs GLPK when missing)
#   make test   run every test (installs GLPK when missing)
.PHONY: deps build demo test golden format lint

deps:
	@bash Scripts/install-deps.sh

build: deps
	swift build

demo: deps
	swift run sufficiency plan --out out/demo --report

test: deps
	swift build --build-tests
	swift test --skip-build

# Regenerate Scenarios/*/expected/ (the golden outputs the end-to-end tests compare with) after an intended change.
golden:
	@bash Scripts/update-golden.sh
