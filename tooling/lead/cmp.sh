#!/bin/bash
# cmp.sh JAR...: relations found / extracted per jar on the test articles, the worked-on set and the unseen sets.
# WORKED and UNSEEN name the folders (defaults: /work/worked, /work/unseen); run from the repository's top.
for j in "$@"; do
    echo "== $j"
    for d in src/test/resources/eval "${WORKED:-/work/worked}" "${UNSEEN:-/work/unseen}"; do
        echo "-- $d"
        java -jar "$j" eval "$d" 2>/dev/null | sed -n 2,4p
    done
done
