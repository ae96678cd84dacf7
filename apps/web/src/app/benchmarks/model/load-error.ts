import { toErrorBody } from '../../shared/forms/api-error';

const FILTER_NAMES: Readonly<Record<string, string>> = {
  principle: 'The principle chosen',
  asAt: 'The date chosen',
  type: 'The council type chosen',
  region: 'The region chosen',
  populationBand: 'The population band chosen',
};

/** Why the benchmarks did not load; a refused choice (e.g. an old link's principle) by name. */
export function loadErrorText(error: unknown): string {
  const body = toErrorBody(error, 'The benchmarks cannot be shown right now. Try again later.');
  const refused = (body.errors ?? []).map(
    (e) => `${FILTER_NAMES[e.field] ?? `The choice “${e.field}”`} ${e.messages.join('; ')}.`,
  );
  return refused.length ? `${refused.join(' ')} Clear the choices to start again.` : body.message;
}
