# Two commands on a fresh Debian machine with Swift: `make plots` and `make test`.
SYSTEM_PACKAGES := libcairo2-dev libpango1.0-dev libfontconfig-dev libdeflate-dev libgif-dev libwebp-dev pkg-config fonts-dejavu-core fonts-dejavu-extra
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/loss-plot

.PHONY: deps build plots test bench clean

## deps: install the system packages that are missing (Cairo, Pango, fontconfig, DejaVu Sans)
deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: a release build of loss-plot
build: deps
	swift build -c release --static-swift-stdlib

## plots: render the article's figure set into plots/
plots: build
	$(BIN) batch --out-dir plots --format png,svg

## test: the whole test suite
test: deps
	swift test

## bench: loss-plot against gnuplot and matplotlib (installs them when missing)
bench: build
	python3 bench/run.py

clean:
	rm -rf .build
