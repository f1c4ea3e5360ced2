import type { FilterBinding } from './filter.js';
import type { Secret } from './secret.js';
import type { SourceSpan } from './source.js';

/** A local account on the device. */
export interface LocalUser {
  name: string;
  /** Vendor privilege level or role name (e.g. `15`, `super_admin`). */
  privilege?: string;
  /** Whether this account has full administrative rights on the device. */
  admin?: boolean;
  /** Absent when the account has no password at all. */
  password?: Secret;
  /**
   * Which management access methods the account may use and from where (Yamaha `user attribute …
   * connection=… host=…`); undefined = not restricted per account.
   */
  access?: { protocols?: ManagementProtocol[]; from?: string[]; source: SourceSpan };
  /**
   * Whether logging in needs a second factor (FortiGate admin `two-factor`). Undefined where the
   * model does not know (MGT-11 then says nothing about MFA for the account).
   */
  mfa?: boolean;
  source: SourceSpan;
}

/** The privileged-mode password (Cisco enable). */
export interface EnableCredential {
  /** `secret` is hashed by design; `password` is plaintext or reversible. */
  form: 'secret' | 'password';
  level?: number;
  password: Secret;
  source: SourceSpan;
}

export type ManagementProtocol = 'ssh' | 'telnet' | 'http' | 'https' | 'rlogin' | 'serial' | 'snmp' | 'other';

/** A management access line (console, vty, aux) or access method with its settings. */
export interface AccessLine {
  kind: 'console' | 'vty' | 'aux' | 'other';
  /** Label as in the config, e.g. `vty 0 4`. */
  name: string;
  /**
   * Protocols accepted for incoming sessions. `undefined` means the config does not say and the
   * platform default applies (`transportDefault` says what that default is).
   */
  transportInput?: ManagementProtocol[];
  transportDefault?: ManagementProtocol[];
  /** Idle timeout in seconds; 0 means never. `undefined` = platform default (`execTimeoutDefault`). */
  execTimeout?: number;
  execTimeoutDefault?: number;
  /** How logins are authenticated on this line. */
  login?: 'local' | 'password' | 'aaa' | 'none';
  password?: Secret;
  accessClass?: FilterBinding;
  source: SourceSpan;
}

/** A service the device may run: named neutrally so rules need no vendor knowledge. */
export type ServiceName =
  | 'http-server'
  | 'https-server'
  | 'telnet-server'
  | 'ssh-server'
  | 'cdp'
  | 'lldp'
  | 'bootp-server'
  | 'dhcp-server'
  | 'finger'
  | 'pad'
  | 'ip-source-route'
  | 'tcp-small-servers'
  | 'udp-small-servers'
  | 'tftp-server'
  | 'ftp-server'
  | 'domain-lookup'
  | 'upnp'
  | 'config-service'
  | 'smart-install'
  | 'password-recovery'
  | 'call-home'
  | 'identd'
  | 'mop'
  | 'proxy-arp'
  | 'ip-directed-broadcast'
  | 'ip-redirects'
  | 'ip-unreachables';

/**
 * State of a service. `explicit` is false when the value is the platform default the parser
 * applied because the config does not mention the service (the source then points at the device).
 */
export interface ServiceState {
  name: ServiceName;
  enabled: boolean;
  explicit: boolean;
  /** Interface the setting applies to, when it is per-interface. */
  interface?: string;
  /** Filter restricting who may use the service (e.g. `ip http access-class`). */
  accessClass?: string;
  /** TCP/UDP port the service listens on, when the config or the platform default says (FortiGate `admin-sport`). */
  port?: number;
  source: SourceSpan;
}

export interface SshSettings {
  /** 1, 2, or undefined = both/compatibility (Cisco 1.99 default). */
  version?: 1 | 2;
  authRetries?: number;
  timeoutSeconds?: number;
  source?: SourceSpan;
}

export interface Banner {
  kind: 'login' | 'motd' | 'exec' | 'incoming' | 'other';
  /** Banner text (not secret). */
  text: string;
  source: SourceSpan;
}

/** Limiting of failed login attempts (lockout, block-for, max-fail, retries). */
export interface LoginLockout {
  attempts?: number;
  withinSeconds?: number;
  blockSeconds?: number;
  /** What mechanism, e.g. `login block-for`, `aaa local authentication attempts max-fail`. */
  mechanism: string;
  source: SourceSpan;
}

export type SnmpVersion = 'v1' | 'v2c' | 'v3';

export interface SnmpCommunity {
  community: Secret;
  access: 'ro' | 'rw';
  /** Filter or view restricting it. */
  accessList?: string;
  source: SourceSpan;
}

export interface SnmpV3User {
  name: string;
  group?: string;
  level: 'noauth' | 'auth' | 'priv';
  authProtocol?: string;
  privProtocol?: string;
  /** Filter restricting which hosts may use this user. */
  accessList?: string;
  source: SourceSpan;
}

export interface SnmpSettings {
  /** Versions the agent answers, as far as the config shows. */
  communities: SnmpCommunity[];
  v3Users: SnmpV3User[];
  /** `accessList`: filter restricting which hosts may use the group. */
  v3Groups: { name: string; level: 'noauth' | 'auth' | 'priv'; accessList?: string; source: SourceSpan }[];
  trapHosts: { address: string; version?: SnmpVersion; source: SourceSpan }[];
  /** Whether the agent is enabled at all (undefined = implied by the presence of communities/users). */
  enabled?: boolean;
}

export interface RemoteServer {
  address: string;
  vrf?: string;
  key?: Secret;
  source: SourceSpan;
}

export interface NtpSettings {
  servers: RemoteServer[];
  authenticate?: boolean;
  timezone?: { name: string; offsetMinutes?: number; source: SourceSpan };
}

export interface LoggingSettings {
  hosts: RemoteServer[];
  /** Lowest severity sent to remote hosts, as a syslog number (0 emergencies … 7 debugging). */
  trapLevel?: number;
  timestamps?: boolean;
  source?: SourceSpan;
}

export interface AaaSettings {
  enabled: boolean;
  radiusServers: RemoteServer[];
  tacacsServers: RemoteServer[];
  /** Raw method lists, e.g. `authentication login default group radius local`. */
  methods: { kind: 'authentication' | 'authorization' | 'accounting'; service: string; list: string; methods: string[]; source: SourceSpan }[];
  source?: SourceSpan;
}

export interface PasswordPolicy {
  minLength?: number;
  source: SourceSpan;
}

/**
 * A record the device keeps of an administrative event (logins, configuration changes), as a fact:
 * set explicitly or, with `platformDefault`, what the platform does when the config says nothing.
 */
export interface EventRecording {
  enabled: boolean;
  /** What records it, e.g. `log eventfilter system` (FortiGate) or `archive log config` (IOS). */
  mechanism: string;
  platformDefault?: boolean;
  source: SourceSpan;
}

/** Everything about how the device itself is managed. */
export interface Management {
  users: LocalUser[];
  enable: EnableCredential[];
  /**
   * How the platform grants administrative rights: a separate privileged-mode password on top of
   * the login (Cisco `enable`, Yamaha `administrator password`; the default when undefined), or only
   * through the role of each account (FortiGate admin profiles, NEC IX user privilege). With
   * `account-roles` a missing enable password is not a gap.
   */
  privilegeModel?: 'enable-password' | 'account-roles';
  /** Cisco `service password-encryption` or equivalent: hides plaintext passwords reversibly. */
  passwordEncryption?: { enabled: boolean; source: SourceSpan };
  passwordPolicy?: PasswordPolicy;
  /**
   * Whether the platform offers a minimum-password-length setting at all (MGT-10): true where the
   * parser knows the command exists, undefined where it does not know. Lets a rule tell "not set"
   * from "not available".
   */
  passwordPolicyAvailable?: boolean;
  lines: AccessLine[];
  services: ServiceState[];
  ssh: SshSettings;
  banners: Banner[];
  loginLockout: LoginLockout[];
  /**
   * Logging of successful/failed logins (Cisco `login on-success log`). `platformDefault` marks a
   * value the parser applied because the config does not mention it (then `source` is the device line).
   */
  loginLogging?: { success: boolean; failure: boolean; platformDefault?: boolean; source: SourceSpan };
  /** Recording of configuration changes / commands other than AAA accounting (MGT-07). */
  commandLogging?: EventRecording;
  snmp: SnmpSettings;
  ntp: NtpSettings;
  logging: LoggingSettings;
  aaa: AaaSettings;
  /** 802.1X globally enabled (Cisco `dot1x system-auth-control`). */
  dot1xSystemAuthControl?: { enabled: boolean; source: SourceSpan };
}

export function emptyManagement(): Management {
  return {
    users: [],
    enable: [],
    lines: [],
    services: [],
    ssh: {},
    banners: [],
    loginLockout: [],
    snmp: { communities: [], v3Users: [], v3Groups: [], trapHosts: [] },
    ntp: { servers: [] },
    logging: { hosts: [] },
    aaa: { enabled: false, radiusServers: [], tacacsServers: [], methods: [] },
  };
}
