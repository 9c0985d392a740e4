#!/bin/bash
# floors.sh JAR DIR: CsvSource lines, 0.02 under each article's entity and relation F1 (floored to 2 decimals)
j=$1; d=$2
for t in $d/*.tsv; do a=${t%.tsv}.txt; n=$(basename $a)
  java -jar $j eval $t $a 2>/dev/null | python3 -c "
import sys,re,math
e=r=None
for l in sys.stdin:
  m=re.match(r'(entities|relations)\s+P \S+\s+R \S+\s+F1 (\S+)',l)
  if m:
    v=max(0.0,math.floor((float(m.group(2))-0.02)*100+1e-9)/100)
    if m.group(1)=='entities': e=v
    else: r=v
print('            \"$n, %.2f, %.2f\",'%(e,r))"
done
