# ejob — two commands on a fresh Debian 12 machine: `make run` and `make test`.
BUILD_DIR ?= build
SANITIZE_DIR ?= $(BUILD_DIR)-sanitize
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 30

.PHONY: all deps build run test test-sanitize bench format clean

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
	@$(MAKE) --no-print-directory test-sanitize

# The unit, storage and web suites again, and the fuzz targets (tests/fuzz, FUZZ_SECONDS each), in a second tree
# built by clang with AddressSanitizer and UndefinedBehaviorSanitizer: any report fails the test.
test-sanitize:
	@scripts/install-deps.sh test
	@cmake -S . -B $(SANITIZE_DIR) -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1" "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
	  -DEJOB_SANITIZE=address,undefined -DEJOB_FUZZ=ON -DEJOB_FUZZ_SECONDS=$(FUZZ_SECONDS) >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS) --target unit_tests storage_tests web_tests fuzz
	@cd $(SANITIZE_DIR) && ctest --output-on-failure -j $(JOBS) -L '^(unit|storage|web|fuzz)$$'

bench: build
	@bench/run

format:
	@find app src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR) $(SANITIZE_DIR)
