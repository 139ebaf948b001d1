/**
 * Row spans for runs of equal keys, for cells merged down their runs (一级/二级指标): the first row of a run gets
 * the run's length, the others 0. A null key never merges.
 */
export function rowRuns(keys: (string | null)[]): number[] {
  const spans = keys.map(() => 0);
  let i = 0;
  while (i < keys.length) {
    let j = i + 1;
    if (keys[i] !== null) while (j < keys.length && keys[j] === keys[i]) j++;
    spans[i] = j - i;
    i = j;
  }
  return spans;
}
