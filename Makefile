# Swarmfield. `make serve` builds the web version and serves it at
# http://127.0.0.1:8080/; `make test` runs every test.

GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X main.version=$(VERSION)
DIST      := dist
SIZE      := $(DIST)/size
WEB       := $(DIST)/web
WASM_EXEC := $(GOROOT)/lib/wasm
# Packages that do not use ebiten and so also run under WebAssembly in Node.
PURE_PKGS := ./math/... ./game ./game/replay ./game/save ./engine/perf ./engine/parallel ./engine/storage ./engine/particles ./engine/crash ./engine/jsbridge ./game/soak

.PHONY: all web serve run test test-native test-simd test-wasm test-replay test-size test-e2e npm-e2e npm-peer vet bench bench-simd fuzz soak lint clean itch size

# What a test needs beyond Go and make. `need` stops with one line saying
# what is missing; `want` says so in one line and skips that part, except
# when CI=true, where it fails like `need`.
need = { $(1); } >/dev/null 2>&1 || { echo "make: $(2) is not installed: $(3)"; exit 1; }
want = { $(1); } >/dev/null 2>&1 || { echo "make: $(2) is not installed, so $(3) skip$(if $(filter true,$(CI)), (CI=true: failing),; install $(4) to run them)"; [ "$(CI)" != true ] || exit 1; }
NODE_MISSING := the wasm tests run under Node.js 18 or later (Debian: apt-get install nodejs)

all: web

## web: build the browser version into dist/web
web:
	@mkdir -p $(WEB)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(WEB)/main.wasm .
	gzip -9 -n -c $(WEB)/main.wasm > $(WEB)/main.wasm.gz
	cp $(WASM_EXEC)/wasm_exec.js $(WEB)/wasm_exec.js
	cp web/webgl.js web/loader.js web/page.js web/share.js web/style.css $(WEB)/
	sed 's/data-wasm-bytes=""/data-wasm-bytes="'"$$(wc -c < $(WEB)/main.wasm | tr -d ' ')"'"/' web/index.html > $(WEB)/index.html

## serve: build and serve the browser version at http://127.0.0.1:8080/ (PORT=... to change)
serve: web
	$(GO) run ./web/devserver -dir $(WEB)

## run: play on the desktop
run:
	$(GO) run .

## test: vet, unit tests natively, with the AVX2 kernels and under wasm,
## the replay exchanges and arm64, the download budget, and the browser
## (Chromium, Firefox, WebKit) and desktop end-to-end tests
test: vet test-native test-simd test-wasm test-replay test-size test-e2e

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

test-native:
	$(GO) test -skip 'Browser|Desktop' ./...

## test-simd: the AVX2 kernels against the portable ones, bit for bit
## (Go's experimental archsimd); they skip on a CPU without AVX2
test-simd:
	@grep -qw avx2 /proc/cpuinfo 2>/dev/null || echo "make: this CPU has no AVX2 (or this is not Linux on amd64), so the AVX2 kernels' equality tests skip"
	GOEXPERIMENT=simd $(GO) test ./math/...

test-wasm:
	@$(call need,command -v node,Node.js,$(NODE_MISSING))
	PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test $(PURE_PKGS)

## test-replay: a replay recorded natively verifies under wasm in Node, and
## the reverse; the golden replay and determinism tests run on arm64 (under
## qemu-user on other machines), where Go may fuse a multiply and an add
test-replay:
	@$(call need,command -v node,Node.js,$(NODE_MISSING))
	@mkdir -p $(DIST)
	SWARMFIELD_REPLAY_OUT=$(CURDIR)/$(DIST)/native.replay $(GO) test -count=1 -run '^TestReplayExchange$$' ./game
	SWARMFIELD_REPLAY_IN=$(CURDIR)/$(DIST)/native.replay SWARMFIELD_REPLAY_OUT=$(CURDIR)/$(DIST)/wasm.replay \
		PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test -count=1 -v -run '^TestReplayExchange$$' ./game
	SWARMFIELD_REPLAY_IN=$(CURDIR)/$(DIST)/wasm.replay $(GO) test -count=1 -v -run '^TestReplayExchange$$' ./game
	@if [ "$$($(GO) env GOHOSTARCH)" = arm64 ]; then \
		echo "CGO_ENABLED=0 $(GO) test -count=1 -run 'Golden|Determin' ./game"; \
		CGO_ENABLED=0 $(GO) test -count=1 -run 'Golden|Determin' ./game; \
	else \
		$(call want,command -v qemu-aarch64,qemu-user,the arm64 replay tests,qemu-user (Debian: apt-get install qemu-user)) && \
		if command -v qemu-aarch64 >/dev/null 2>&1; then \
			echo "GOARCH=arm64 CGO_ENABLED=0 $(GO) test -count=1 -exec qemu-aarch64 -run 'Golden|Determin' ./game"; \
			GOARCH=arm64 CGO_ENABLED=0 $(GO) test -count=1 -exec qemu-aarch64 -run 'Golden|Determin' ./game; \
		fi; \
	fi

## test-size: the gzipped wasm stays within 1.15× a minimal ebiten+resolv
## program (make size also lists what each package costs)
test-size: web
	@mkdir -p $(SIZE)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(SIZE)/minimal.wasm ./web/minimal
	$(GO) run ./web/sizereport -game $(WEB)/main.wasm -minimal $(SIZE)/minimal.wasm

# The Firefox test's driver, puppeteer-core, pinned by package-lock.json.
FIREFOX_E2E := game/e2e/browser/firefox
npm-e2e: $(FIREFOX_E2E)/node_modules/.package-lock.json
$(FIREFOX_E2E)/node_modules/.package-lock.json: $(FIREFOX_E2E)/package.json $(FIREFOX_E2E)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		echo "cd $(FIREFOX_E2E) && npm ci"; \
		cd $(FIREFOX_E2E) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error; \
	fi

# The JavaScript peer of the frame benchmarks, PixiJS, pinned by
# package-lock.json.
PIXI_PEER := web/pixipeer
npm-peer: $(PIXI_PEER)/node_modules/.package-lock.json
$(PIXI_PEER)/node_modules/.package-lock.json: $(PIXI_PEER)/package.json $(PIXI_PEER)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		echo "cd $(PIXI_PEER) && npm ci"; \
		cd $(PIXI_PEER) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error; \
	fi

## test-e2e: the browser tests in Chromium, Firefox and WebKit, and the
## desktop tests, all under Xvfb where they need a display
# The browser tests take longer than go test's default 10-minute timeout
# on a shared 2-core machine.
test-e2e: web npm-e2e npm-peer
	@$(call want,command -v Xvfb,Xvfb,the desktop and Firefox tests,xvfb libgl1-mesa-dri)
	@$(call want,command -v chromium || command -v chromium-browser || command -v google-chrome,Chromium,the Chromium tests,chromium)
	@$(call want,command -v firefox-esr || command -v firefox,Firefox,the Firefox tests,firefox-esr)
	@$(call want,command -v npm,Node.js with npm,the Firefox tests,nodejs npm)
	@$(call want,command -v WebKitWebDriver,WebKitGTK's WebDriver,the WebKit tests,webkit2gtk-driver)
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -count=1 -timeout 30m $(E2E_VERBOSE) -run 'Browser|Desktop' ./game/e2e/...

# -v when every end-to-end tool is there; otherwise the lines above said
# what is missing, and the skips stay quiet.
E2E_VERBOSE = $(shell { command -v Xvfb && { command -v chromium || command -v chromium-browser || command -v google-chrome; } && \
	{ command -v firefox-esr || command -v firefox; } && command -v npm && command -v WebKitWebDriver; } >/dev/null 2>&1 && echo -v)

## bench: benchmarks natively, under wasm, and in headless Chromium sprite
## drawing, the frame against PixiJS's and web/minimal's, and the first
## frame against web/minimal's
bench: web npm-peer
	$(GO) test -run='^$$' -bench=. -benchmem ./math/... ./game ./engine/... ./game/app
	PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test -run='^$$' -bench=. -benchmem ./math/... ./game
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -run='^$$' -bench='BrowserSprites|BrowserFrameCost|BrowserFramePasses|BrowserPeer' -benchtime=1x -timeout=60m ./game/e2e/browser
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -run='^$$' -bench=BrowserFirstFrame -benchtime=7x ./game/e2e/browser

## bench-simd: the kernels with Go's experimental SIMD (archsimd, AVX2)
bench-simd:
	GOEXPERIMENT=simd $(GO) test -run='^$$' -bench=. ./math/batch

## itch: the zip to upload to itch.io, with index.html at its root
ITCH_ZIP := $(DIST)/swarmfield-itch.zip
itch: web
	$(GO) run ./web/itchzip -dir $(WEB) -o $(ITCH_ZIP)
	@ls -l $(ITCH_ZIP)

## size: the gzipped wasm against a minimal ebiten+resolv program, what
## each dependency costs, and the time to the first frame in Chromium
size: web
	@mkdir -p $(SIZE)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(SIZE)/minimal.wasm ./web/minimal
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-X main.version=$(VERSION)" -o $(SIZE)/game-symbols.wasm .
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-X main.version=$(VERSION)" -o $(SIZE)/minimal-symbols.wasm ./web/minimal
	$(GO) run ./web/sizereport -game $(WEB)/main.wasm -minimal $(SIZE)/minimal.wasm \
		-symbols $(SIZE)/game-symbols.wasm -minimal-symbols $(SIZE)/minimal-symbols.wasm
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -run='^$$' -bench=BrowserFirstFrame -benchtime=7x ./game/e2e/browser

## soak: the long soaks: 1M ticks (about 4.6 h of play) natively, 60 s of
## stress mode in headless Chromium, and a tab hidden for two minutes
soak: web
	$(GO) test -count=1 -v -timeout 30m -run '^TestSoak$$' ./game/soak -soak.ticks=1000000
	SWARMFIELD_SOAK=1 SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -count=1 -v -timeout 10m -run '^(TestBrowserSoak|TestBrowserHiddenMinutes)$$' ./game/e2e/browser

## fuzz: run each fuzz target for FUZZTIME (default 30s): the parsers of
## stored data, replays, replay codes, URL parameters and flags, then the batch kernels
## against their scalar references
FUZZTIME ?= 30s
FUZZ_TARGETS := ./game/save:FuzzParseBest ./game/save:FuzzLoad ./game/save:FuzzParseTable ./game/save:FuzzParseSettings ./game/replay:FuzzParse ./game/replay:FuzzParseCode ./game/config:FuzzApplyQuery ./game/config:FuzzParseFlags \
	./math/batch:FuzzAddScaled ./math/batch:FuzzDistSq ./math/batch:FuzzReflect ./math/batch:FuzzDot \
	./math/batch:FuzzBounce ./math/batch:FuzzAppendNear
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "== $$fn ($$pkg) for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) $$pkg; \
	done

## lint: gofmt, go vet and staticcheck (native and wasm), and the race
## detector on engine/ and math/
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
lint:
	@bad="$$(gofmt -l .)"; if [ -n "$$bad" ]; then echo "gofmt: these files need formatting:"; echo "$$bad"; gofmt -d $$bad; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	GOBIN=$(CURDIR)/$(DIST)/bin $(GO) install $(STATICCHECK)
	$(DIST)/bin/staticcheck ./...
	GOOS=js GOARCH=wasm $(DIST)/bin/staticcheck ./...
	$(GO) test -race ./engine/... ./math/...

clean:
	rm -rf $(DIST)
