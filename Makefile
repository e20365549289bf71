# The two set-up commands of the README. Both install what is missing first.
#   make run   build and open FactorDesk on the demo database (created on first start)
#   make test  build and run every test through ctest, then again under the sanitizers
# The harnesses (issue 9; README "Reliability"):
#   make crash-test [CRASH_RUNS=1000]   kill factordesk-cli mid-act CRASH_RUNS times, check the books
#   make fuzz [FUZZ_SECONDS=60]         every file reader under libFuzzer (clang), FUZZ_SECONDS each
#   make simulate                       a year of business for twenty clients, invariants checked daily
BUILD      ?= build
ASAN_BUILD ?= build-asan
DEMO_DB    ?= $(BUILD)/demo.sqlite
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
SANITIZE   ?= 1
CRASH_RUNS ?= 1000
FUZZ_SECONDS ?= 60
# ccache keys on paths relative to the checkout, so a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: run test deps build build-asan check bench format translations clean crash-test fuzz simulate

deps:
	@scripts/install-deps.sh

$(BUILD)/Makefile: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ ! -f "$(DEMO_DB)" ]; then \
	    echo "Creating the demo database $(DEMO_DB) (users admin, clerk, analyst, manager; password demo)"; \
	    FACTORDESK_PASSWORD=demo $(BUILD)/bin/factordesk-cli --db "$(DEMO_DB)" init --admin admin --demo; \
	fi
	$(BUILD)/bin/factordesk --db "$(DEMO_DB)"

# The plain suite first, then the address/undefined-behaviour build of the same tests.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@if [ "$(SANITIZE)" = 1 ]; then $(MAKE) --no-print-directory build-asan && \
	    cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS); fi

check: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

build-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DFACTORDESK_SANITIZE=ON -DFACTORDESK_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)

crash-test: build
	scripts/crash-test.sh $(CRASH_RUNS)

fuzz:
	@scripts/install-deps.sh --fuzz
	JOBS=$(JOBS) scripts/fuzz.sh $(FUZZ_SECONDS)

simulate: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS) --target simulate

bench: build
	cmake --build $(BUILD) --target bench

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

translations: build
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
