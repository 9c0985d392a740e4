#!/usr/bin/env python3
# setmodel.py IN.jar OUT.jar MODEL.tsv [THRESHOLD]: a copy of the jar with another relation model (and threshold)
import sys, zipfile, re
src, dst, model = sys.argv[1:4]
import gzip
data = (gzip.open if model.endswith('.gz') else open)(model, 'rt', encoding='utf-8').read()
if len(sys.argv) > 4:
    data = re.sub(r'^threshold\t\S+', 'threshold\t%.3f' % float(sys.argv[4]), data, flags=re.M)
with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, 'w') as zo:
    for info in zi.infolist():
        b = zi.read(info.filename)
        if info.filename == 'BOOT-INF/classes/models/relations.tsv.gz':
            b = gzip.compress(data.encode('utf-8'))
        zo.writestr(info, b, compress_type=info.compress_type)
