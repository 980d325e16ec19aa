import { createConcurrencyLimit } from './concurrencyLimit';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

it('runs at most the limit at once and the rest in order', async () => {
  const run = createConcurrencyLimit(2);
  const gates = [deferred(), deferred(), deferred()];
  const started: number[] = [];
  const results = gates.map((gate, n) =>
    run(async () => {
      started.push(n);
      await gate.promise;
      return n;
    }),
  );
  await Promise.resolve();
  expect(started).toEqual([0, 1]);
  gates[1]?.resolve();
  await results[1];
  await vi.waitFor(() => expect(started).toEqual([0, 1, 2]));
  gates[0]?.resolve();
  gates[2]?.resolve();
  expect(await Promise.all(results)).toEqual([0, 1, 2]);
});

it('never starts a waiting task whose signal was aborted, and frees its slot', async () => {
  const run = createConcurrencyLimit(1);
  const gate = deferred();
  const first = run(() => gate.promise);
  const controller = new AbortController();
  const task = vi.fn(async () => 'looked up');
  const abandoned = run(task, controller.signal);
  const next = run(async () => 'next');
  controller.abort();
  gate.resolve();
  await first;
  await expect(abandoned).rejects.toThrow();
  expect(task).not.toHaveBeenCalled();
  expect(await next).toBe('next');
});
