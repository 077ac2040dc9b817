import { describe, expect, it } from 'vitest';
import { GroupCommit } from './GroupCommit.ts';

/** A store whose commits finish when the test says, in any order. */
function manualStore() {
  const commits: { updates: readonly Uint8Array[]; finish: () => void; fail: () => void }[] = [];
  const store = (updates: readonly Uint8Array[]) =>
    new Promise<void>((resolve, reject) => {
      commits.push({ updates, finish: resolve, fail: () => reject(new Error('disk full')) });
    });
  return { commits, store };
}

const update = (byte: number) => new Uint8Array([byte]);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('GroupCommit', () => {
  it("stores a turn's updates as one batch, without waiting for an earlier batch's commit", async () => {
    const { commits, store } = manualStore();
    const handed: number[][] = [];
    const group = new GroupCommit({
      store,
      onStored: (batch) => handed.push(batch.map((each) => each[0] ?? -1)),
      onFailed: () => {},
    });
    group.add(update(1));
    group.add(update(2));
    await nextTurn();
    group.add(update(3));
    await nextTurn();
    // Both batches are being stored at once.
    expect(commits.map((commit) => commit.updates.length)).toEqual([2, 1]);

    let answered = false;
    group.afterStored(() => {
      answered = true;
    });
    // The later batch commits first: it is handed on at once, but a reply that must follow
    // everything added so far still waits for the earlier one.
    commits[1]?.finish();
    await settle();
    expect(handed).toEqual([[3]]);
    expect(answered).toBe(false);
    commits[0]?.finish();
    await settle();
    expect(handed).toEqual([[3], [1, 2]]);
    expect(answered).toBe(true);
    expect(group.idle).toBe(true);
  });

  it('hands nothing on after a failed commit, and lets every waiter go', async () => {
    const { commits, store } = manualStore();
    const handed: number[] = [];
    const failures: unknown[] = [];
    const group = new GroupCommit({
      store,
      onStored: (batch) => handed.push(batch.length),
      onFailed: (error) => failures.push(error),
    });
    group.add(update(1));
    await nextTurn();
    group.add(update(2));
    await nextTurn();
    const drained = group.drain();
    commits[0]?.fail();
    await drained;
    commits[1]?.finish();
    await settle();
    expect(failures).toHaveLength(1);
    expect(handed).toEqual([]);
  });
});
