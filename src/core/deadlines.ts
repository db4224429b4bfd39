// Time limits for work that usually needs none: timers set only if the work outlasts a turn of the event loop.

/**
 * Deadlines, one per length of time, each counted from when it was first asked for and shared by everything that asks
 * for the same length. Their timers are set only if the work is still running when the event loop turns: an offline
 * run settles every check within the first turn (its files are read synchronously), and Node's first setTimeout costs
 * 0.5 ms (its timer lists compile on first use). The timers keep the process alive while they wait, so that work which
 * never settles still ends in its timeout, never in an exit without a report.
 */
export class Deadlines {
  private readonly byLength = new Map<number, Deadline>();
  private turn: NodeJS.Immediate | undefined;
  private armed = false;
  private cleared = false;

  /** Settles with 'timeout' once `ms` have passed since the first call with this `ms`. */
  after(ms: number): Promise<'timeout'> {
    let deadline = this.byLength.get(ms);
    if (!deadline) {
      let fire!: () => void;
      const passed = new Promise<'timeout'>((resolve) => (fire = () => resolve('timeout')));
      deadline = { passed, fire, since: Date.now() };
      this.byLength.set(ms, deadline);
      if (this.armed) this.arm(ms, deadline);
      else if (!this.turn && !this.cleared) this.turn = setImmediate(() => this.armAll());
    }
    return deadline.passed;
  }

  /** Stops every timer (and the wait for the next turn): the work is done. */
  clear(): void {
    this.cleared = true;
    if (this.turn) clearImmediate(this.turn);
    for (const deadline of this.byLength.values()) if (deadline.timer) clearTimeout(deadline.timer);
  }

  private armAll(): void {
    this.armed = true;
    for (const [ms, deadline] of this.byLength) this.arm(ms, deadline);
  }

  private arm(ms: number, deadline: Deadline): void {
    if (this.cleared) return;
    deadline.timer = setTimeout(deadline.fire, Math.max(0, ms - (Date.now() - deadline.since)));
  }
}

interface Deadline {
  passed: Promise<'timeout'>;
  fire: () => void;
  since: number;
  timer?: NodeJS.Timeout;
}
