/** Starts `f` after `ticks` microtask turns, so overlapping evaluations are out of step. */
export async function after<T>(ticks: number, f: () => Promise<T>): Promise<T> {
  for (let i = 0; i < ticks; i++) await null;
  return f();
}
