# kmcheck — see README.md. Every target works on a fresh machine with JDK 17, Maven and make.
MVN ?= mvn -B -q
MODEL ?=

.PHONY: all build check test bench clean

all: build

build:
	$(MVN) -DskipTests install

check: build
	bin/kmcheck check $(MODEL)

test:
	$(MVN) verify

bench: build
	bin/kmcheck bench

clean:
	$(MVN) clean
