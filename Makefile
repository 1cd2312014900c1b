# Swarmfield. `make serve` builds the web version and serves it at
# http://127.0.0.1:8080/; `make test` runs every test.

GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X main.version=$(VERSION)
DIST      := dist
WEB       := $(DIST)/web
WASM_EXEC := $(GOROOT)/lib/wasm
# Packages that do not use ebiten and so also run under WebAssembly in Node.
PURE_PKGS := ./math/... ./game ./game/replay ./game/save ./engine/perf ./engine/parallel ./engine/storage ./engine/particles ./engine/crash ./game/soak

.PHONY: all web serve run test test-native test-wasm test-replay test-e2e vet bench bench-simd fuzz soak lint clean itch size

all: web

## web: build the browser version into dist/web
web:
	@mkdir -p $(WEB)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(WEB)/main.wasm .
	gzip -9 -n -c $(WEB)/main.wasm > $(WEB)/main.wasm.gz
	cp $(WASM_EXEC)/wasm_exec.js $(WEB)/wasm_exec.js
	cp web/index.html web/loader.js web/style.css $(WEB)/

## serve: build and serve the browser version at http://127.0.0.1:8080/ (PORT=... to change)
serve: web
	$(GO) run ./web/devserver -dir $(WEB)

## run: play on the desktop
run:
	$(GO) run .

## test: vet, unit tests natively and under wasm, browser and desktop end-to-end tests
test: vet test-native test-wasm test-replay test-e2e

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

test-native:
	$(GO) test -skip 'Browser|Desktop' ./...

test-wasm:
	PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test $(PURE_PKGS)

## test-replay: a replay recorded natively verifies under wasm in Node, and the reverse
test-replay:
	@mkdir -p $(DIST)
	SWARMFIELD_REPLAY_OUT=$(CURDIR)/$(DIST)/native.replay $(GO) test -count=1 -run '^TestReplayExchange$$' ./game
	SWARMFIELD_REPLAY_IN=$(CURDIR)/$(DIST)/native.replay SWARMFIELD_REPLAY_OUT=$(CURDIR)/$(DIST)/wasm.replay \
		PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test -count=1 -v -run '^TestReplayExchange$$' ./game
	SWARMFIELD_REPLAY_IN=$(CURDIR)/$(DIST)/wasm.replay $(GO) test -count=1 -v -run '^TestReplayExchange$$' ./game

test-e2e: web
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -count=1 -v -run 'Browser|Desktop' . ./web/e2e

## bench: benchmarks natively, under wasm, and sprite drawing in headless Chromium
bench: web
	$(GO) test -run='^$$' -bench=. -benchmem ./math/... ./game ./engine/...
	PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test -run='^$$' -bench=. -benchmem ./math/... ./game
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -run='^$$' -bench=BrowserSprites -benchtime=1x ./web/e2e

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
SIZE := $(DIST)/size
size: web
	@mkdir -p $(SIZE)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(SIZE)/minimal.wasm ./web/minimal
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-X main.version=$(VERSION)" -o $(SIZE)/game-symbols.wasm .
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-X main.version=$(VERSION)" -o $(SIZE)/minimal-symbols.wasm ./web/minimal
	$(GO) run ./web/sizereport -game $(WEB)/main.wasm -minimal $(SIZE)/minimal.wasm \
		-symbols $(SIZE)/game-symbols.wasm -minimal-symbols $(SIZE)/minimal-symbols.wasm
	SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -run='^$$' -bench=BrowserFirstFrame -benchtime=3x ./web/e2e

## soak: the long soaks: 1M ticks (about 4.6 h of play) natively, 60 s of
## stress mode in headless Chromium, and a tab hidden for two minutes
soak: web
	$(GO) test -count=1 -v -timeout 30m -run '^TestSoak$$' ./game/soak -soak.ticks=1000000
	SWARMFIELD_SOAK=1 SWARMFIELD_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -count=1 -v -timeout 10m -run '^(TestBrowserSoak|TestBrowserHiddenMinutes)$$' ./web/e2e

## fuzz: run each fuzz target for FUZZTIME (default 30s): the parsers of
## stored data, replays, replay codes, URL parameters and flags, then the batch kernels
## against their scalar references
FUZZTIME ?= 30s
FUZZ_TARGETS := ./game/save:FuzzParseBest ./game/save:FuzzLoad ./game/save:FuzzParseSettings ./game/replay:FuzzParse ./game/replay:FuzzParseCode .:FuzzApplyQuery .:FuzzParseFlags \
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
