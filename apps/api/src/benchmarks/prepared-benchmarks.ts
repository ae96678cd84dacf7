import type { Benchmarks } from '@rcp/api-contract';
import { randomFillSync } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { StoredJson, weakEtag } from '../common/stored-json';
import { letters } from './benchmark-groups';

const SLOT = '\u0000slot\u0000';
const SLOT_JSON = JSON.stringify(SLOT);
const collator = new Intl.Collator();
const labels: string[] = [];
const labelOf = (i: number) => (labels[i] ??= `Council ${letters(i)}`);

interface Entry {
  rank: number;
  /** The council's name; null for an anonymous council, labelled afresh per response. */
  label: string | null;
  /** The entry's JSON, or (anonymous) the JSON before and after its label. */
  before: string;
  after: string;
}

/**
 * One viewer's benchmarks answer, serialised once: every response sends the same bytes, except
 * that anonymous councils get a fresh random order of labels ("Council A", "Council B", …) and
 * are placed among their equals by label, exactly as benchmarksFor does. Names never reach an
 * anonymous entry: only its label slot is filled per response.
 */
export class PreparedBenchmarks {
  private constructor(
    private readonly fixed: string | null,
    private readonly head = '',
    private readonly tail = '',
    private readonly entries: Entry[] = [],
    private readonly anonymous = 0,
  ) {}

  /** Null when the answer cannot be prepared (an anonymous council without a rank). */
  static from(answer: Benchmarks): PreparedBenchmarks | null {
    const anonymous = answer.councils.filter((c) => !c.named);
    if (anonymous.length === 0) return new PreparedBenchmarks(JSON.stringify(answer));
    if (answer.councils.some((c) => c.rank === null)) return null;
    const [head, tail] = JSON.stringify({ ...answer, councils: SLOT }).split(SLOT_JSON);
    const entries = answer.councils.map((c): Entry => {
      if (c.named)
        return { rank: c.rank as number, label: c.label, before: JSON.stringify(c), after: '' };
      const [before, after] = JSON.stringify({ ...c, label: SLOT }).split(SLOT_JSON);
      return { rank: c.rank as number, label: null, before, after };
    });
    return new PreparedBenchmarks(null, head, tail, entries, anonymous.length);
  }

  private storedAs?: StoredJson;

  /**
   * The answer when every response sends the same bytes (no anonymous council listed), kept with
   * its ETag and each encoding made once; null when labels are drawn per response.
   */
  get stored(): StoredJson | null {
    if (this.fixed === null) return null;
    this.storedAs ??= new StoredJson(weakEtag(this.fixed), this.fixed);
    return this.storedAs;
  }

  /** The JSON of one response. */
  render(): string {
    if (this.fixed !== null) return this.fixed;
    const order = shuffled(this.anonymous);
    let next = 0;
    const placed = this.entries.map((e) => {
      if (e.label !== null) return { rank: e.rank, label: e.label, json: e.before };
      const label = labelOf(order[next++]);
      return { rank: e.rank, label, json: e.before + JSON.stringify(label) + e.after };
    });
    placed.sort((a, b) => a.rank - b.rank || collator.compare(a.label, b.label));
    return `${this.head}[${placed.map((p) => p.json).join(',')}]${this.tail}`;
  }
}

export type ContentEncoding = 'br' | 'gzip';

/**
 * An answer whose bytes differ per response (fresh anonymous labels), compressed in one call at
 * the fastest settings: a few per cent larger than the compression middleware's brotli, at a
 * fraction of its CPU, which at 32 requests at once was most of a council user's request.
 */
export function compressOnce(json: string, encoding: ContentEncoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(json, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 1,
          [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
        },
      })
    : gzipSync(json, { level: 1 });
}

/** Brotli if the client accepts it, else gzip, else null (the encodings Accept-Encoding allows). */
export function preferredEncoding(accepted: string[]): ContentEncoding | null {
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

/** 0 … n-1 in a uniformly random order (Fisher–Yates over one buffer of random numbers). */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = randomFillSync(new Uint32Array(n));
  for (let i = n - 1; i > 0; i--) {
    const j = random[i] % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
