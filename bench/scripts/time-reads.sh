#!/bin/bash
# time-reads.sh NAME URL [N]: median and p90 of N sequential requests, after 3 warm-ups
name=$1; url=$2; n=${3:-21}
for i in 1 2 3; do curl -s -o /dev/null -u quality:bench "$url"; done
for i in $(seq $n); do curl -s -o /dev/null -w '%{time_total}\n' -u quality:bench "$url"; done | sort -n | awk -v name="$name" '{a[NR]=$1} END {printf "%-40s median %6.1f ms  p90 %6.1f ms  (n=%d)\n", name, a[int((NR+1)/2)]*1000, a[int(NR*0.9)]*1000, NR}'
