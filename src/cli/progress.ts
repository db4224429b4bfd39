// A one-line "still checking" status on stderr, for terminals only, shown once checks take a moment.
import { loadCatalog } from '../i18n/catalog';
import type { Lang } from '../core/types';

const SHOW_AFTER_MS = 400;

export class Progress {
  private readonly startedAt = Date.now();
  private shown = false;
  private pending: readonly string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly turn: NodeJS.Immediate;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly lang: Lang,
    private readonly total: number,
  ) {
    // Redrawn every 200 ms only if the checks outlast the first turn of the event loop: an offline run is over by
    // then, and sets no timer (Node's first costs 0.5 ms).
    this.turn = setImmediate(() => {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    });
  }

  update(pending: readonly string[]): void {
    this.pending = pending;
    this.draw();
  }

  private draw(): void {
    if (Date.now() - this.startedAt < SHOW_AFTER_MS || this.pending.length === 0) return;
    const line = loadCatalog(this.lang).ui.progress(this.total - this.pending.length, this.total, this.pending.join(', '));
    this.stream.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  stop(): void {
    clearImmediate(this.turn);
    clearInterval(this.timer);
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}
