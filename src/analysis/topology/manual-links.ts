import { basename, extname } from 'node:path';
import { diagnostic, type Device, type Diagnostic, type LinkEnd, type ManualLink } from '../../model/index.js';
import { interfacesOf } from './device-interfaces.js';
import type { PortRef, ResolvedLink } from './types.js';
import { deviceLabel } from './labels.js';

function key(text: string): string {
  return text.trim().toLowerCase();
}

/** Devices by hostname and by config file name (with and without extension), all lower case. */
function deviceNames(devices: Device[]): Map<string, Device[]> {
  const names = new Map<string, Device[]>();
  const add = (name: string, device: Device): void => {
    if (name === '') return;
    const list = names.get(key(name)) ?? [];
    if (!list.includes(device)) list.push(device);
    names.set(key(name), list);
  };
  for (const device of devices) {
    add(device.hostname, device);
    const file = basename(device.file);
    add(file, device);
    add(file.slice(0, file.length - extname(file).length), device);
  }
  return names;
}

/**
 * Ties each links.csv row to the devices and interfaces it names. A device is named by hostname or
 * config file name; an interface by any spelling the CLI accepts. Rows that name nothing known, or
 * something ambiguous, become diagnostics and are left out.
 */
export function resolveManualLinks(devices: Device[], links: ManualLink[], diagnostics: Diagnostic[]): ResolvedLink[] {
  const names = deviceNames(devices);
  const resolved: ResolvedLink[] = [];

  const problem = (link: ManualLink, reason: string): void => {
    diagnostics.push(diagnostic(link.source.file, link.source.line, link.source.text, reason, 'link-unresolved', 'warning'));
  };

  const endOf = (link: ManualLink, end: LinkEnd): PortRef | undefined => {
    const candidates = names.get(key(end.device)) ?? [];
    if (candidates.length !== 1) {
      problem(
        link,
        candidates.length === 0
          ? `links.csv: device "${end.device}" is not among the configs / 機器 "${end.device}" が設定ファイルにありません`
          : `links.csv: device name "${end.device}" matches ${candidates.length} configs / 機器名 "${end.device}" が複数の設定に一致します`,
      );
      return undefined;
    }
    const device = candidates[0]!;
    const iface = interfacesOf(device).named(end.interface);
    if (iface === undefined) {
      problem(
        link,
        `links.csv: ${deviceLabel(device)} has no interface "${end.interface}" / ${deviceLabel(device)} にインタフェース "${end.interface}" がありません`,
      );
      return undefined;
    }
    return { device, interface: iface };
  };

  for (const link of links) {
    const a = endOf(link, link.a);
    const b = endOf(link, link.b);
    if (a === undefined || b === undefined) continue;
    if (a.device === b.device && a.interface === b.interface) {
      problem(link, 'links.csv: both ends are the same interface / 両端が同じインタフェースです');
      continue;
    }
    resolved.push({ a, b, link });
  }
  return resolved;
}
