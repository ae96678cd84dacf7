import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  FieldDifference,
  FrameworkComparison,
  FrameworkItem,
  FrameworkItemChange,
  FrameworkVersion,
  FrameworkValue,
  FrameworkVersionSummary,
} from '@rcp/api-contract';
import { EntityManager } from 'typeorm';
import {
  FrameworkVersionsRepository,
  toSummary,
  toVersion,
  VersionRow,
} from './framework-versions.repository';

/** Reading the framework: the current version, any version, and what changed between two. */
@Injectable()
export class FrameworksService {
  private readonly publishedCache = new Map<number, FrameworkVersion>();

  constructor(private readonly versionsRepo: FrameworkVersionsRepository) {}

  async current(): Promise<FrameworkVersion> {
    const number = await this.versionsRepo.findLatestPublishedNumber();
    if (number === undefined) throw new NotFoundException('No framework has been published yet.');
    return this.version(number);
  }

  async versions(): Promise<FrameworkVersionSummary[]> {
    return (await this.versionsRepo.listAll()).map(toSummary);
  }

  async version(number: number): Promise<FrameworkVersion> {
    const cached = this.publishedCache.get(number);
    if (cached) return cached;
    const version = await this.load(await this.row(number));
    // A published version never changes (the database enforces it), so every instance may keep it.
    if (version.status === 'published') this.publishedCache.set(number, version);
    return version;
  }

  async compare(from: number, to: number, withDrafts = true): Promise<FrameworkComparison> {
    const [a, b] = await Promise.all([this.version(from), this.version(to)]);
    for (const v of [a, b])
      if (v.status === 'draft' && !withDrafts)
        throw new NotFoundException(`There is no framework version ${v.number}.`);
    const id = (i: FrameworkItem) => `${i.layer}/${i.key}`;
    const before = new Map(a.items.map((i) => [id(i), i]));
    const after = new Map(b.items.map((i) => [id(i), i]));
    const change = (i: FrameworkItem, differences?: FieldDifference[]): FrameworkItemChange => ({
      layer: i.layer,
      key: i.key,
      title: i.title,
      ...(differences ? { fields: differences.map((d) => d.field), differences } : {}),
    });
    const fields: Array<keyof FrameworkItem> = [
      'title',
      'description',
      'weight',
      'contexts',
      'relational',
      'principleKeys',
    ];
    const changed: FrameworkItemChange[] = [];
    for (const [k, item] of after) {
      const old = before.get(k);
      if (!old) continue;
      const differing = fields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(item[f]));
      if (differing.length)
        changed.push(
          change(
            item,
            differing.map((f) => difference(f, old[f], item[f])),
          ),
        );
    }
    const settings: Array<keyof FrameworkVersion['scoring']> = [
      'thresholds',
      'reachWeights',
      'provisionalCoverageBelow',
      'mismatchThreshold',
    ];
    const changedSettings = settings.filter(
      (s) => JSON.stringify(a.scoring[s]) !== JSON.stringify(b.scoring[s]),
    );
    return {
      from,
      to,
      added: [...after.values()].filter((i) => !before.has(id(i))).map((i) => change(i)),
      changed,
      retired: [...before.values()].filter((i) => !after.has(id(i))).map((i) => change(i)),
      settingsChanged: changedSettings,
      settingsDifferences: changedSettings.map((s) => difference(s, a.scoring[s], b.scoring[s])),
    };
  }

  /** A version's row (locked until the transaction ends with `lock`); 404 when there is none. */
  async row(number: number, m?: EntityManager, lock = false): Promise<VersionRow> {
    const row = lock
      ? await this.versionsRepo.lockByNumber(number, m)
      : await this.versionsRepo.findByNumber(number, m);
    if (!row) throw new NotFoundException(`There is no framework version ${number}.`);
    return row;
  }

  /** A version row with its items, as the API shows it. */
  async load(row: VersionRow, m?: EntityManager): Promise<FrameworkVersion> {
    return toVersion(row, await this.versionsRepo.listItems(row.id, m));
  }
}

/** One field's value before and after; the stored values are plain JSON already. */
function difference(field: string, before: unknown, after: unknown): FieldDifference {
  return {
    field,
    before: (before ?? null) as FrameworkValue,
    after: (after ?? null) as FrameworkValue,
  };
}
