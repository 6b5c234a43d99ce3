#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples: top self frames and top inclusive frames.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr | bench/scripts/jfr-top.py [N] [thread-substring]
Environment: JFR_FROM=HH:MM:SS / JFR_TO=HH:MM:SS keep only samples from / before those times; JFR_PREFIXES=a.b,c.d adds a table of the
first frame on each stack that starts with one of those prefixes.
"""
import os
import re
import sys
from collections import Counter

top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
thread_filter = sys.argv[2] if len(sys.argv) > 2 else None
self_counts, incl_counts, ours, chosen = Counter(), Counter(), Counter(), Counter()
from_time = os.environ.get('JFR_FROM')
to_time = os.environ.get('JFR_TO')
prefixes = [p for p in os.environ.get('JFR_PREFIXES', '').split(',') if p]
stamp = ''
samples = 0
frame_re = re.compile(r'^\s+([\w$.<>]+)\(')


def flush(thread, frames):
    global samples
    if not frames or (thread_filter and thread_filter not in thread):
        return
    if from_time and stamp < from_time:
        return
    if to_time and stamp >= to_time:
        return
    samples += 1
    self_counts[frames[0]] += 1
    for f in set(frames):
        incl_counts[f] += 1
    # the first CareTrail frame on the stack: where our code spends (itself or below it)
    for f in frames:
        if f.startswith('org.caretrail.'):
            ours[f] += 1
            break
    for f in frames:
        if any(f.startswith(p) for p in prefixes):
            chosen[f] += 1
            break


thread, frames, in_stack = '', [], False
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        flush(thread, frames)
        thread, frames, in_stack = '', [], False
    elif line.strip().startswith('startTime'):
        stamp = line.split('=', 1)[1].strip()
    elif 'sampledThread' in line:
        thread = line.split('=', 1)[1].strip()
    elif 'stackTrace = [' in line:
        in_stack = True
    elif in_stack:
        m = frame_re.match(line)
        if m:
            frames.append(m.group(1))
flush(thread, frames)

print(f'{samples} samples')
for title, counts in (('self', self_counts), ('inclusive', incl_counts), ('first CareTrail frame', ours), ('first frame of ' + ','.join(prefixes), chosen)):
    print(f'\n## top {title}')
    for frame, n in counts.most_common(top):
        print(f'{100.0 * n / max(samples, 1):5.1f}%  {frame}')
