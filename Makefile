# ejob — two commands on a fresh Debian 12 machine: `make run` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)

.PHONY: all deps build run test bench format clean

all: build

deps:
	@scripts/install-deps.sh build

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# One progress line per step; the tools' output goes to $(BUILD_DIR)/make-run.log.
run:
	@BUILD_DIR=$(BUILD_DIR) JOBS=$(JOBS) scripts/run.sh

test:
	@scripts/install-deps.sh test
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)
	@cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	@cd tests/html && npm ci --no-audit --no-fund --loglevel=error
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	@bench/run

format:
	@find app src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR)
