/**
 * Interface names as people and configs abbreviate them: `Gi0/1` is `GigabitEthernet0/1`, `Vl10` is
 * `Vlan10`, `Po1` is `Port-channel1` (the CLI accepts any unambiguous prefix of the type word).
 */

interface SplitName {
  /** Type word, lower case, e.g. `gigabitethernet`. */
  type: string;
  /** Everything from the first digit on, e.g. `0/1.10`. */
  position: string;
}

function splitName(name: string): SplitName {
  const compact = name.replace(/\s+/g, '').toLowerCase();
  const firstDigit = compact.search(/[0-9]/);
  if (firstDigit < 0) return { type: compact, position: '' };
  return { type: compact.slice(0, firstDigit), position: compact.slice(firstDigit) };
}

/** Same name ignoring case and spaces. */
export function interfaceNamesEqual(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}

/**
 * Whether one name is the other or an abbreviation of it (either way round): same position, and one
 * type word starts with the other. Names without a number (`outside`, `lan`) must be equal.
 */
export function interfaceNamesMatch(a: string, b: string): boolean {
  const x = splitName(a);
  const y = splitName(b);
  if (x.position !== y.position) return false;
  if (x.type === y.type) return true;
  if (x.position === '' || x.type === '' || y.type === '') return false;
  return x.type.startsWith(y.type) || y.type.startsWith(x.type);
}
