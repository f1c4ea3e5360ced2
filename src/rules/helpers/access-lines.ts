import type { AccessLine, ManagementProtocol } from '../../model/index.js';

/** Protocols a line really accepts: what the config says, else the platform default the parser recorded. */
export function effectiveTransport(line: AccessLine): ManagementProtocol[] {
  return line.transportInput ?? line.transportDefault ?? [];
}

/** Whether the transport list comes from the platform default rather than from the config. */
export function transportIsDefault(line: AccessLine): boolean {
  return line.transportInput === undefined;
}

/** Idle timeout in seconds as it applies (0 = never); undefined when neither config nor default is known. */
export function effectiveIdleTimeout(line: AccessLine): number | undefined {
  return line.execTimeout ?? line.execTimeoutDefault;
}

/** Lines reached over the network (vty, aux, other); the console is a local serial port. */
export function isRemoteLine(line: AccessLine): boolean {
  return line.kind !== 'console';
}
