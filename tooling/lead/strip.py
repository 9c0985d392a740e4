#!/usr/bin/env python3
# strip.py SRC DST: copy .txt/.tsv, taking the metadata header off as EvaluationBarTest.withoutHeader does
import re, sys, os, shutil
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
H = re.compile(r'\A((?:(?:title|url|date|language|publisher)\s*:.*\n)+)\s*\n')
for f in sorted(os.listdir(src)):
    p = os.path.join(src, f)
    if f.endswith('.tsv'):
        shutil.copy(p, dst)
    elif f.endswith('.txt'):
        a = open(p, encoding='utf-8').read()
        m = H.search(a)
        if m:
            page = ''
            for key in ('title', 'date'):
                for l in m.group(1).splitlines():
                    if l.startswith(key):
                        page += l[l.index(':')+1:].strip() + '\n'; break
            a = page + '\n' + a[m.end():]
        open(os.path.join(dst, f), 'w', encoding='utf-8').write(a)
