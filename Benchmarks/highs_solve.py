#!/usr/bin/env python3
"""Solve an MPS/LP file with HiGHS (highspy) and print one JSON line: objective, status, read and solve seconds.

HiGHS runs with its defaults on one thread (threads=1), so its time compares with GLPK's single-threaded solve.
Used by Benchmarks/national.sh and Benchmarks/scale.sh to compare GLPK with HiGHS on the same programme. By hand:
    python3 Benchmarks/highs_solve.py model.mps
"""
import json
import sys
import time

import highspy


def main(path: str) -> None:
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("threads", 1)
    start = time.perf_counter()
    highs.readModel(path)
    read = time.perf_counter()
    highs.run()
    solved = time.perf_counter()
    info = highs.getInfo()
    print(json.dumps({
        "objective": info.objective_function_value,
        "status": highs.modelStatusToString(highs.getModelStatus()),
        "read_seconds": read - start,
        "solve_seconds": solved - read,
        "iterations": info.simplex_iteration_count,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
