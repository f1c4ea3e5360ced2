import { VENDOR_IDS } from '../parsers/registry.js';
import { UsageError } from './output.js';

export function checkChoice(flag: string, value: string, choices: readonly string[]): string {
  if (!choices.includes(value)) throw new UsageError(`${flag}: "${value}" is not one of ${choices.join(', ')}`);
  return value;
}

export function vendorOption(value?: string): string | undefined {
  if (value === undefined) return undefined;
  return checkChoice('--vendor', value, VENDOR_IDS);
}
