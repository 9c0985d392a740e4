#!/bin/bash
# jfr.sh CLASSES OUT.txt [PASSES]: a JFR profile of `ExtractionCpuProbe cpu PASSES data/articles` run from CLASSES (a
# folder of compiled main classes: target/classes, or BOOT-INF/classes unzipped from a jar), printed to OUT.txt with
# whole stacks. -XX:+DebugNonSafepoints matters: without it the samples are charged to the nearest safepoint's line and
# the pattern probes of the warm-up seemed to cost in steady state. Needs target/test-classes and the test classpath in
# $CP_FILE (`mvn -B dependency:build-classpath -Dmdep.outputFile=FILE -Dmdep.includeScope=test`). Run from the top.
set -e
classes=$1; out=$2; passes=${3:-600}
java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
    -XX:StartFlightRecording=filename=${TMPDIR:-/tmp}/probe.jfr,settings=profile \
    -cp "$classes:target/test-classes:$(cat "${CP_FILE:?set CP_FILE to the test classpath file}")" \
    org.summitgraph.extraction.ExtractionCpuProbe cpu "$passes" data/articles | tail -1
jfr print --events jdk.ExecutionSample --stack-depth 300 ${TMPDIR:-/tmp}/probe.jfr > "$out"
