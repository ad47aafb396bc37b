/** Property-test runs per property: 1,000 by default (CI), more with FC_NUM_RUNS for a soak. */
export const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);
