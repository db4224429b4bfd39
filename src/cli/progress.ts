// A one-line "still checking" status on stderr, for terminals only, shown once checks take a moment.
import { loadCatalog } from '../i18n/catalog';
import type { Lang } from '../core/types';

const SHOW_AFTER_MS = 400;

export class Progress {
  private readonly startedAt = Date.now();
  private shown = false;
  private pending: readonly string[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly lang: Lang,
    private readonly total: number,
  ) {
    this.timer = setInterval(() => this.draw(), 200);
    this.timer.unref();
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
    clearInterval(this.timer);
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}
