# Two commands on a fresh Debian machine:
#   make demo   plan the bundled default scenario (installs GLPK when missing)
#   make test   run every test (installs GLPK and headless Chromium when missing)
# And to install the tool with its data: make install PREFIX=/usr/local (binary in PREFIX/bin, data in
# PREFIX/share/sufficiency), then run `sufficiency` from any folder.
.PHONY: deps build demo test install

PREFIX ?= /usr/local
CONFIG ?= release

deps:
	@bash Scripts/install-deps.sh

build: deps
	swift build

demo: deps
	swift run sufficiency plan --out out/demo --report

test: deps
	swift build --build-tests
	swift test --skip-build

install: deps
	swift build -c $(CONFIG) --product sufficiency
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/sufficiency"
	install -m 755 "$$(swift build -c $(CONFIG) --show-bin-path)/sufficiency" "$(PREFIX)/bin/sufficiency"
	rm -rf "$(PREFIX)/share/sufficiency/Data" "$(PREFIX)/share/sufficiency/Scenarios"
	cp -R Data Scenarios "$(PREFIX)/share/sufficiency/"
