import { createHmac } from 'node:crypto';

/** A random order of 0 … n-1: which label ("Council A" = 0, …) each anonymous council gets. */
export type LabelOrder = (n: number) => number[];

/**
 * The order drawn for one view: Fisher–Yates driven by HMAC-SHA256(secret, view) in counter mode.
 * The same secret and view give the same order in every API process, so the answer's bytes (and
 * its ETag) are the same wherever it is served; any other view, or the same view after the
 * figures change (the view names the model's version), gets an unrelated order, so a label never
 * follows a council from one view to another. Without the secret the order cannot be predicted.
 */
export function seededLabelOrder(secret: string, view: string): LabelOrder {
  return (n) => {
    const words: number[] = [];
    for (let block = 0; words.length < n; block++) {
      const digest = createHmac('sha256', secret).update(`${view}\u0000${block}`).digest();
      for (let i = 0; i < digest.length; i += 4) words.push(digest.readUInt32BE(i));
    }
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      // A 32-bit word modulo at most a few thousand: the bias is below one in a million.
      const j = words[i] % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  };
}
