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
PURE_PKGS := ./math/... ./game ./game/replay ./game/save ./engine/perf ./engine/parallel ./engine/storage ./engine/particles

.PHONY: all web serve run test test-native test-wasm test-e2e vet bench bench-simd fuzz clean

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
test: vet test-native test-wasm test-e2e

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

test-native:
	$(GO) test ./...

test-wasm:
	PATH="$$PATH:$(WASM_EXEC)" GOOS=js GOARCH=wasm $(GO) test $(PURE_PKGS)

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

clean:
	rm -rf $(DIST)
