#!/usr/bin/env python3
# agg.py PROFILE.txt [ROOT] [N]: from `jfr print` output (jfr.sh), the share of samples under ROOT (a method name,
# default Extractor.extract) spent in each method itself and in each method with what it calls, the first quarter of
# the run (the warm-up, where every pattern's tables are learnt) left out.
import collections, re, sys
path = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else 'Extractor.extract'
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
events = open(path, encoding='utf-8').read().split('jdk.ExecutionSample')
def start(e):
    m = re.search(r'startTime = (\S+)', e)
    return m.group(1) if m else ''
times = sorted(start(e) for e in events if start(e))
cut = times[len(times) // 4] if times else ''
own, within, n = collections.Counter(), collections.Counter(), 0
for e in events:
    if start(e) < cut:
        continue
    frames = re.findall(r'^\s+([\w.$<>]+)\(.*?line: \d+', e, re.M)
    at = [i for i, f in enumerate(frames) if root in f]
    if not at:
        continue
    frames = frames[:max(at) + 1]
    n += 1
    own[frames[0]] += 1
    for f in set(frames):
        within[f] += 1
print(n, 'samples under', root)
for f, c in own.most_common(top):
    print('%5.1f%% self %s' % (100 * c / n, f))
for f, c in within.most_common(top):
    if 'summitgraph' in f or 'hankcs' in f:
        print('%5.1f%% incl %s' % (100 * c / n, f))
