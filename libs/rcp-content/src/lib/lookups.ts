import { DEFAULT_FRAMEWORK_V1 } from './framework';
import { PROTOCOL_LIBRARY } from './protocol-library';
import type { Principle, ProtocolCategory, ProtocolTemplate, RcpFramework } from './types';
import type { ContextNeed } from '@rcp/vocabulary';

/** Principle keys of a framework, in display order. */
export function principleKeys(framework: RcpFramework = DEFAULT_FRAMEWORK_V1): string[] {
  return framework.principles.map((p) => p.key);
}

/** Category keys of a framework, in display order. */
export function categoryKeys(framework: RcpFramework = DEFAULT_FRAMEWORK_V1): string[] {
  return framework.categories.map((c) => c.key);
}

/** The principles of a framework that apply to a context need (the others are N/A). */
export function principlesForContext(
  need: ContextNeed,
  framework: RcpFramework = DEFAULT_FRAMEWORK_V1,
): Principle[] {
  return framework.principles.filter((p) => p.contexts.includes(need));
}

/** A principle by key, or undefined. */
export function findPrinciple(
  key: string,
  framework: RcpFramework = DEFAULT_FRAMEWORK_V1,
): Principle | undefined {
  return framework.principles.find((p) => p.key === key);
}

/** A protocol category by key, or undefined. */
export function findCategory(
  key: string,
  framework: RcpFramework = DEFAULT_FRAMEWORK_V1,
): ProtocolCategory | undefined {
  return framework.categories.find((c) => c.key === key);
}

/** A protocol library entry by key, or undefined. */
export function findProtocolTemplate(key: string): ProtocolTemplate | undefined {
  return PROTOCOL_LIBRARY.find((p) => p.key === key);
}
