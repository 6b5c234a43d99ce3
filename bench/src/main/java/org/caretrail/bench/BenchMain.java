package org.caretrail.bench;

/** Runs the benchmarks named on the command line and prints their tables. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.out.println("no benchmarks yet");
    }
}
