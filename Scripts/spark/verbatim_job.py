"""Analyzes a JSON Lines corpus with `verbatim analyze --input jsonl` over
Apache Spark's RDD.pipe: each partition's lines go to one `verbatim`
process on its standard input, and its output lines (one JSON object per
document, in input order, with the record's `id`) come back as the
partition's elements.

    spark-submit Scripts/spark/verbatim_job.py --verbatim /abs/path/verbatim IN.jsonl OUT_DIR
    python Scripts/spark/verbatim_job.py --master 'local[2]' --verbatim .build/release/verbatim IN.jsonl OUT_DIR

On a cluster, ship the binary with `spark-submit --files /path/to/verbatim`
and pass `--verbatim ./verbatim`: Spark puts shipped files in each
executor's working directory, where the Python workers that run `pipe`
start (see README, "Verbatim on Apache Spark").

OUT_DIR receives the analyses as text files (saveAsTextFile: part-00000…),
one JSON object a line; a document that failed has an "error" key instead
of the analysis. The job prints how many documents came back and failed.
"""

import argparse
import json
import shlex
import sys

from pyspark import SparkConf, SparkContext


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines corpus: {\"id\": …, \"text\": \"…\", \"lang\"?: \"fr\"|\"en\"} per line")
    parser.add_argument("output", help="output directory (must not exist)")
    parser.add_argument("--verbatim", default="./verbatim",
                        help="the verbatim binary as the executors see it (default ./verbatim, shipped with --files)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions of the corpus (default: Spark's)")
    parser.add_argument("--max-document-bytes", type=int, default=10_000_000,
                        help="passed to verbatim: a longer line gets an error line instead of an analysis")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    parser.add_argument("--options", default="", help="more verbatim options, e.g. '--lang fr' (space-separated)")
    args = parser.parse_args(argv)

    conf = SparkConf().setAppName("verbatim-analyze")
    if args.master:
        conf.setMaster(args.master)
    for setting in args.conf:
        key, _, value = setting.partition("=")
        conf.set(key, value)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(args.input, args.partitions) if args.partitions else sc.textFile(args.input)
        # Blank lines are skipped by verbatim; dropping them here keeps partitions honest.
        documents = lines.filter(lambda line: line.strip() != "")
        # One verbatim process per partition, one job inside it: Spark's tasks are the parallelism.
        # pipe() runs the command without a shell and with an empty environment, so the path must
        # not need $PATH. checkCode stays off: exit 3 only means some documents have error lines.
        command = [args.verbatim, "analyze", "--input", "jsonl", "--jobs", "1",
                   "--max-document-bytes", str(args.max_document_bytes)] + args.options.split()
        analyses = documents.pipe(" ".join(shlex.quote(part) for part in command)).persist()
        analyses.saveAsTextFile(args.output)
        counts = analyses.map(lambda line: ("error" in json.loads(line), 1)).reduceByKey(lambda a, b: a + b).collectAsMap()
        ok, failed = counts.get(False, 0), counts.get(True, 0)
        print(f"verbatim_job: {ok + failed} documents analyzed, {failed} failed, written to {args.output}")
    finally:
        sc.stop()


if __name__ == "__main__":
    sys.exit(main())
