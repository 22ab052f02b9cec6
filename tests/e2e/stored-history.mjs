// A set's history as the app stores it, laid down at once by the benchmark and the
// journeys (tests/e2e/bench.mjs, specs/history.spec.mjs).

/** Numbers of items in runs, as the app writes them (src/domain/history/pool.rs, `Refs`):
 * "1-4" for 1, 2, 3, 4 and "10-37:9" for 10, 19, 28, 37. */
function runs(list) {
  const parts = [];
  for (let i = 0; i < list.length;) {
    const start = list[i];
    const step = i + 1 < list.length ? list[i + 1] - start : 0;
    let end = i;
    if (step > 0) while (end + 1 < list.length && list[end] + step === list[end + 1]) end++;
    if (end === i || (end === i + 1 && step !== 1)) {
      parts.push(String(start));
      i += 1;
    } else {
      parts.push(step === 1 ? `${start}-${list[end]}` : `${start}-${list[end]}:${step}`);
      i = end + 1;
    }
  }
  return parts.join(',');
}

/** A set's stored history, in the app's format (src/domain/history: each item of the set kept
 * once in a pool, a version as the numbers of its items), to lay many versions down at once.
 * `versions`: `{ set, at, why }`, oldest first. */
export function storedHistory(versions) {
  const items = {};
  const known = new Map();
  let next = 0;
  const intern = (value) => {
    const text = JSON.stringify(value);
    if (!known.has(text)) {
      known.set(text, next);
      items[next] = value;
      next += 1;
    }
    return known.get(text);
  };
  const kept = versions.map(({ set, at, why }, i) => {
    const { objectives, meetings, changes, launch, shared, modified, revision, ...shell } = set;
    const o = objectives.map(({ key_results, ...objective }) => [
      intern(objective),
      key_results.map(({ check_ins, ...kr }) => [intern(kr), runs(check_ins.map(intern))]),
    ]);
    const x = {};
    if (launch !== undefined) x.launch = intern(launch);
    if (shared !== undefined) x.shared = intern(shared);
    const snap = { s: intern(shell), o, m: runs(meetings.map(intern)), c: runs(changes.map(intern)), modified, revision };
    if (Object.keys(x).length) snap.x = x;
    return { n: i + 1, at, why, v: 3, set: snap };
  });
  return { set: versions[0].set.id, versions: kept, items: { items, next }, next: versions.length + 1 };
}
