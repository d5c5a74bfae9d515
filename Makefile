# ClaimKB: `make demo` ingests the seed articles and prints troop estimates by source;
# `make test` runs every test. Both install what they need on a fresh Debian machine.

SWIFT   ?= swift
DB      ?= claimkb.sqlite
BIN     := .build/debug/claimkb
PREFIX  ?= /usr/local
BENCH_N ?= 1000,10000

.PHONY: all build demo test eval bench install clean deps

all: build

# libsqlite3-dev for GRDB to link, sqlite3 for people (and tests) to open the database.
deps:
	@missing=""; \
	dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing="$$missing libsqlite3-dev"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

demo: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN) --db $(DB) ingest seeds
	$(BIN) --db $(DB) query troop-estimates

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash Tests/cli.sh $(BIN)
	bash Tests/reliability.sh $(BIN) 1500

# Extraction quality, printed not gated: the seeds against ../shared/gold when it is there, the story
# fixtures (hand-checked, every claim listed) and the unseen articles (labelled by other authors).
FIXTURES := Tests/ClaimKBIngestTests/Fixtures
eval: build
	@if [ -d ../shared/gold ]; then \
	  echo "seeds, troops:"; $(BIN) eval --gold ../shared/gold/troop-claims.tsv seeds | tail -1; \
	  echo "seeds, other quantities:"; $(BIN) eval --gold ../shared/gold/other-quantity-claims.tsv seeds | tail -1; \
	fi
	@echo "stories:"; $(BIN) eval --exhaustive --gold $(FIXTURES)/stories/expected.tsv $(FIXTURES)/stories | tail -1
	@echo "unseen:";  $(BIN) eval --exhaustive --gold $(FIXTURES)/unseen/expected.tsv $(FIXTURES)/unseen | tail -1

bench: deps
	$(SWIFT) build -c release --product claimkb-bench
	BENCH_N=$(BENCH_N) .build/release/claimkb-bench

# The binary needs its resource bundles (migrations, lexicon) beside it.
install:
	$(SWIFT) build -c release --product claimkb
	install -d $(PREFIX)/bin
	install .build/release/claimkb $(PREFIX)/bin/claimkb
	cp -R .build/release/*.resources $(PREFIX)/bin/

clean:
	rm -rf .build $(DB) $(DB)-wal $(DB)-shm
