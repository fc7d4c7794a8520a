#!/usr/bin/env python3
"""conll-tsv.py — CoNLL files to news-tag input and back, for eval-tag.

  conll-tsv.py rows GOLD         sentence rows: doc, sent, text (tokens joined by spaces)
  conll-tsv.py tags GOLD OUT     GOLD's lines plus a column of predicted IOB2 tags,
                                 from news-tag's OUT (start/end in characters)
A predicted span covers every token it overlaps.
"""
import sys


def sentences(path):
    """Yield (doc, sent, lines) for each sentence of a CoNLL file."""
    doc, sent, lines = 0, 0, []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\r\n')
            if line.startswith('-DOCSTART-'):
                doc, sent = doc + 1, 0
                continue
            if not line.strip():
                if lines:
                    sent += 1
                    yield 'd%d' % max(doc, 1), sent, lines
                    lines = []
                continue
            lines.append(line)
    if lines:
        yield 'd%d' % max(doc, 1), sent + 1, lines


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t')


def rows(gold):
    out = sys.stdout
    out.write('doc\tsent\ttext\n')
    for doc, sent, lines in sentences(gold):
        out.write('%s\t%d\t%s\n' % (doc, sent, esc(' '.join(l.split()[0] for l in lines))))


def tags(gold, pred):
    spans = {}
    with open(pred, encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        col = {name: i for i, name in enumerate(head)}
        for line in fh:
            f = line.rstrip('\n').split('\t')
            t = f[col['type']]
            if t in ('PER', 'ORG', 'LOC', 'MISC'):
                key = (f[col['doc']], int(f[col['sent']]))
                spans.setdefault(key, []).append((int(f[col['start']]), int(f[col['end']]), t))
    out = sys.stdout
    for doc, sent, lines in sentences(gold):
        words = [l.split()[0] for l in lines]
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        tag = ['O'] * len(words)
        for b, e, t in sorted(spans.get((doc, sent), [])):
            inside = [i for i, s in enumerate(starts) if s < e and s + len(words[i]) > b]
            if any(tag[i] != 'O' for i in inside):
                continue
            for k, i in enumerate(inside):
                tag[i] = ('B-' if k == 0 else 'I-') + t
        for l, t in zip(lines, tag):
            out.write('%s %s\n' % (l, t))
        out.write('\n')


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'rows':
        rows(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'tags':
        tags(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
