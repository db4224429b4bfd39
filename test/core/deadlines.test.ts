import { Deadlines } from '../../src/core/deadlines';

const turn = () => new Promise((resolve) => setImmediate(resolve));

// The spies on setTimeout and clearTimeout below.
afterEach(() => jest.restoreAllMocks());

test('work done within the turn sets no timer; work that outlasts it times out at its deadline', async () => {
  const set = jest.spyOn(global, 'setTimeout');
  const quick = new Deadlines();
  const passed = jest.fn();
  quick.after(50).then(passed);
  quick.clear();
  await turn();
  expect(set).not.toHaveBeenCalled();

  const slow = new Deadlines();
  const started = Date.now();
  const outcome = await Promise.race([slow.after(60), new Promise((resolve) => setTimeout(() => resolve('too late'), 1000))]);
  expect(outcome).toBe('timeout');
  expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  slow.clear();
  expect(passed).not.toHaveBeenCalled();
});

test('one deadline per length, counted from its first ask; asked for after the turn, it is set at once', async () => {
  const d = new Deadlines();
  const a = d.after(1000);
  expect(d.after(1000)).toBe(a);
  await turn();
  // Set at once: were it left for a turn that never comes again, only `a` would ever settle.
  const later = d.after(20);
  const first = await Promise.race([a.then(() => 'a'), later.then(() => 'later')]);
  expect(first).toBe('later');
  d.clear();
});

test('a waiting deadline keeps the process alive, so work that never settles ends in its timeout, not in an exit', async () => {
  const set = jest.spyOn(global, 'setTimeout');
  const d = new Deadlines();
  void d.after(1000);
  await turn();
  const [timer] = set.mock.results.map((r) => r.value as NodeJS.Timeout);
  expect(timer.hasRef()).toBe(true);
  d.clear();
});

test('clear stops the timers that were set', async () => {
  const cleared = jest.spyOn(global, 'clearTimeout');
  const d = new Deadlines();
  const passed = jest.fn();
  d.after(30).then(passed);
  await turn();
  d.clear();
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(passed).not.toHaveBeenCalled();
  expect(cleared).toHaveBeenCalledTimes(1);
});
