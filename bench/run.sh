#!/usr/bin/env bash
# dj-flink benchmark (on demand, not part of the tests). Runs ../shared/recipes/bench10.yaml on the
# real-text corpus with each checkpoint strategy, side by side in one run, and prints:
#   - wall time, MB/s (input bytes / wall time), job time (Flink's own runtime) per strategy
#   - each strategy's wall-time ratio to `disabled`
#   - resume after a kill -9 at ~70 % of a full run, as a ratio to a full run (every_n_ops)
#   - per-op throughput (MB/s per op on the same corpus, in one JVM, no Flink)
# Every strategy's export is checked to be byte-identical to the `disabled` one.
#
# usage: bench/run.sh [--max-mb 80] [--repeat 1]
# The corpus needs the Debian packages python3.11-doc and linux-doc-6.1 (installed if missing, as root).
set -euo pipefail
DJ_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="$(cd "$DJ_HOME/../shared" && pwd)"
MAX_MB=80
REPEAT=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --max-mb) MAX_MB="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
WORK="$DJ_HOME/bench/work"
CORPUS="$WORK/corpus-${MAX_MB}mb.jsonl"
mkdir -p "$WORK"

if [[ ! -s "$CORPUS" ]]; then
  if [[ ! -d /usr/share/doc/python3.11 || ! -d /usr/share/doc/linux-doc-6.1 ]]; then
    echo "bench: installing python3.11-doc and linux-doc-6.1 for the corpus ..." >&2
    apt-get install -y -q python3.11-doc linux-doc-6.1 >/dev/null
  fi
  python3 "$SHARED/data/make_corpus.py" --max-mb "$MAX_MB" --out "$CORPUS" --stats >&2
fi
source "$DJ_HOME/bin/common.sh"
dj_ensure_jar
MB=$(python3 -c "import os;print(round(os.path.getsize('$CORPUS')/1e6,1))")
echo "corpus: $CORPUS ($MB MB), machine: $(nproc) cores"

run() { # name, extra args...; prints wall seconds, leaves the export in $WORK/out/$name.jsonl
  local name="$1"; shift
  local t0 t1
  rm -rf "$WORK/jobs/$name" "$WORK/out/$name.jsonl"
  t0=$(date +%s.%N)
  java $DJ_JAVA_OPTS -cp "$DJ_JAR" io.djflink.cli.DjProcess --config "$SHARED/recipes/bench10.yaml" \
    --dataset_path "$CORPUS" --export_path "$WORK/out/$name.jsonl" --work_dir "$WORK/jobs" --job_id "$name" \
    "$@" > "$WORK/$name.log" 2>&1
  t1=$(date +%s.%N)
  python3 -c "print(round($t1-$t0,2))"
}

job_seconds() { # name: Flink runtime of the job, from the job summary
  python3 -c "import json;s=json.load(open('$WORK/jobs/$1/job_summary.json'));print(round(s.get('duration',0),2))"
}

declare -A WALL JOB
STRATEGIES=(disabled every_op every_n_ops manual)
for r in $(seq 1 "$REPEAT"); do
  for s in "${STRATEGIES[@]}"; do
    extra=(--checkpoint.strategy "$s")
    [[ $s == manual ]] && extra+=(--checkpoint.op_names document_deduplicator)
    w=$(run "$s" "${extra[@]}")
    WALL[$s]="${WALL[$s]:-} $w"
    JOB[$s]="${JOB[$s]:-} $(job_seconds "$s")"
    cmp -s "$WORK/out/disabled.jsonl" "$WORK/out/$s.jsonl" || { echo "bench: $s export differs from disabled" >&2; exit 1; }
  done
done

median() { python3 -c "import statistics,sys;print(round(statistics.median(map(float,sys.argv[1:])),2))" $1; }
printf "\n%-12s %10s %10s %10s %12s\n" strategy "wall s" "MB/s" "job s" "wall/disabled"
base=$(median "${WALL[disabled]}")
for s in "${STRATEGIES[@]}"; do
  w=$(median "${WALL[$s]}"); j=$(median "${JOB[$s]}")
  printf "%-12s %10s %10s %10s %12s\n" "$s" "$w" "$(python3 -c "print(round($MB/$w,1))")" "$j" \
    "$(python3 -c "print(round($w/$base,3))")"
done

# Resume after kill -9 at ~70 % of a full every_n_ops run.
full=$(median "${WALL[every_n_ops]}")
kill_at=$(python3 -c "print(round($full*0.7,2))")
rm -rf "$WORK/jobs/resume" "$WORK/out/resume.jsonl"
java $DJ_JAVA_OPTS -cp "$DJ_JAR" io.djflink.cli.DjProcess --config "$SHARED/recipes/bench10.yaml" \
  --dataset_path "$CORPUS" --export_path "$WORK/out/resume.jsonl" --work_dir "$WORK/jobs" --job_id resume \
  --checkpoint.strategy every_n_ops > "$WORK/resume-killed.log" 2>&1 &
pid=$!
sleep "$kill_at"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
t0=$(date +%s.%N)
java $DJ_JAVA_OPTS -cp "$DJ_JAR" io.djflink.cli.DjProcess --config "$SHARED/recipes/bench10.yaml" \
  --dataset_path "$CORPUS" --export_path "$WORK/out/resume.jsonl" --work_dir "$WORK/jobs" --job_id resume \
  --checkpoint.strategy every_n_ops > "$WORK/resume.log" 2>&1
t1=$(date +%s.%N)
resume=$(python3 -c "print(round($t1-$t0,2))")
cmp -s "$WORK/out/disabled.jsonl" "$WORK/out/resume.jsonl" || { echo "bench: resumed export differs" >&2; exit 1; }
echo
echo "kill -9 at ${kill_at}s (~70 % of ${full}s), resume took ${resume}s: ratio $(python3 -c "print(round($resume/$full,3))") of a full run"
grep -h "Resuming\|Restoring" "$WORK/resume.log" || true

echo
echo "per-op throughput (one JVM, no Flink; MB/s of input text per op):"
java $DJ_JAVA_OPTS -cp "$DJ_JAR" "$DJ_HOME/bench/OpThroughput.java" "$CORPUS" "$SHARED/recipes/bench10.yaml"
