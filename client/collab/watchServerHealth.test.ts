import { describe, expect, it } from 'vitest';
import { HEALTH_EVERY_MS, watchServerHealth } from './watchServerHealth.ts';

/** Just the provider events the watcher follows, fired by the test. */
function fakeProvider() {
  const handlers = new Map<string, Set<() => void>>();
  return {
    on(name: string, handler: () => void) {
      if (!handlers.has(name)) handlers.set(name, new Set());
      handlers.get(name)?.add(handler);
    },
    off(name: string, handler: () => void) {
      handlers.get(name)?.delete(handler);
    },
    emit(name: 'connection-close' | 'connection-error') {
      for (const handler of handlers.get(name) ?? []) handler();
    },
  };
}

function watched(answer = true) {
  const provider = fakeProvider();
  let clock = 0;
  let asked = 0;
  const answers: boolean[] = [];
  const stop = watchServerHealth(
    provider as never,
    (cannotSave) => answers.push(cannotSave),
    async () => {
      asked++;
      return answer;
    },
    () => clock,
  );
  return {
    provider,
    answers,
    stop,
    asked: () => asked,
    wait: (ms: number) => {
      clock += ms;
    },
  };
}

describe('watchServerHealth', () => {
  it('never asks while no connection attempt fails', () => {
    const health = watched();
    expect(health.asked()).toBe(0);
    health.stop();
  });

  it('asks when an attempt fails, then at most every HEALTH_EVERY_MS, and passes the answer on', async () => {
    const health = watched(true);
    health.provider.emit('connection-error');
    health.provider.emit('connection-close');
    expect(health.asked()).toBe(1);
    await Promise.resolve();
    expect(health.answers).toEqual([true]);
    health.wait(HEALTH_EVERY_MS - 1);
    health.provider.emit('connection-close');
    expect(health.asked()).toBe(1);
    health.wait(1);
    health.provider.emit('connection-close');
    expect(health.asked()).toBe(2);
    health.stop();
  });

  it('stops listening, and drops an answer still on its way, once torn down', async () => {
    const health = watched(true);
    health.provider.emit('connection-close');
    health.stop();
    await Promise.resolve();
    expect(health.answers).toEqual([]);
    health.wait(HEALTH_EVERY_MS);
    health.provider.emit('connection-close');
    expect(health.asked()).toBe(1);
  });
});
