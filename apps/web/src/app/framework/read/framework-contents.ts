import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FrameworkItem, FrameworkVersion } from '@rcp/api-contract';
import { FrameworkItemLayer } from '@rcp/vocabulary';
import { contextsText, formatNumber, formatSigned, itemAnchor, itemsOf } from '../framework-text';
import { JumpLink } from '../../shared/navigation/jump-link';
import { TheoryOfChange } from './theory-of-change';

interface LinkedItem {
  item: FrameworkItem;
  anchor: string;
  /** Behaviours and competencies: the principles they express (known ones only). */
  principles: Array<{ key: string; title: string; anchor: string }>;
  /** Principles: the behaviours and competencies that express them. */
  expressedBy: Array<{ key: string; title: string; anchor: string; layer: FrameworkItemLayer }>;
}

/** Everything in one framework version, as text: what the framework page shows. */
@Component({
  selector: 'rcp-framework-contents',
  imports: [JumpLink, TheoryOfChange],
  templateUrl: './framework-contents.html',
  styleUrl: './framework-contents.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkContents {
  readonly version = input.required<FrameworkVersion>();

  protected readonly contexts = contextsText;
  protected readonly number = formatNumber;
  protected readonly signed = formatSigned;

  private readonly linked = computed(() => {
    const items = this.version().items;
    const principles = itemsOf(items, 'principle');
    const titles = new Map(principles.map((p) => [p.key, p.title]));
    const others = [...itemsOf(items, 'behaviour'), ...itemsOf(items, 'competency')];
    const toLinked = (item: FrameworkItem): LinkedItem => ({
      item,
      anchor: itemAnchor(item.layer, item.key),
      principles: item.principleKeys
        .filter((k) => titles.has(k))
        .map((k) => ({ key: k, title: titles.get(k) ?? k, anchor: itemAnchor('principle', k) })),
      expressedBy:
        item.layer === 'principle'
          ? others
              .filter((o) => o.principleKeys.includes(item.key))
              .map((o) => ({
                key: o.key,
                title: o.title,
                layer: o.layer,
                anchor: itemAnchor(o.layer, o.key),
              }))
          : [],
    });
    return {
      principle: principles.map(toLinked),
      behaviour: itemsOf(items, 'behaviour').map(toLinked),
      competency: itemsOf(items, 'competency').map(toLinked),
    };
  });

  protected readonly principles = computed(() => this.linked().principle);
  protected readonly behaviours = computed(() => this.linked().behaviour);
  protected readonly competencies = computed(() => this.linked().competency);

  protected readonly organisational = computed(() =>
    this.version().categories.filter((c) => c.scope === 'organisational'),
  );
  protected readonly wider = computed(() =>
    this.version().categories.filter((c) => c.scope === 'wider'),
  );

  protected readonly relationshipOnly = computed(() =>
    this.version().qualities.filter((q) => q.appliesTo === 'relationship'),
  );
  protected readonly transactionOnly = computed(() =>
    this.version().qualities.filter((q) => q.appliesTo === 'transaction'),
  );
  protected readonly both = computed(() =>
    this.version().qualities.filter((q) => q.appliesTo === 'both'),
  );

  protected readonly otherLayers = computed(() => [
    {
      id: 'behaviours',
      title: 'Behaviours',
      hint: 'What people can be seen doing when practice is relationship-centred. Each expresses one or more principles.',
      list: this.behaviours(),
    },
    {
      id: 'competencies',
      title: 'Competencies',
      hint: 'The knowledge and skills that let people build relationships. Each supports one or more principles.',
      list: this.competencies(),
    },
  ]);

  protected readonly qualityGroups = computed(() => [
    { id: 'relationship', title: 'Only a good relationship is', list: this.relationshipOnly() },
    { id: 'transaction', title: 'Only a good transaction is', list: this.transactionOnly() },
    { id: 'both', title: 'Both are', list: this.both() },
  ]);

  protected ratingText(value: number | null): string {
    return value === null ? 'N/A' : formatSigned(value);
  }
}
