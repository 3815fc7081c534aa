/**
 * One capability, as the shell sees it: its messages, its menu entries, its HTTP routes and its
 * CLI commands. Each capability exports one such object (`src/<capability>/module.ts`) and the
 * shell composes them from one list (`src/modules.ts`), so adding a capability edits that list,
 * and the schema if it stores data — nothing else (docs/architecture.md).
 *
 * Routes and commands are loaded on demand: the CLI need not load React pages, nor the server
 * every command's parsers.
 */
import type { FastifyInstance } from 'fastify';
import type { MessageBundle, MessageKey } from '../i18n/index.js';
import type { Command } from './command.js';

/** A menu entry of the site's main navigation. */
export interface NavEntry {
  /** Path without the language, e.g. "/monitor". */
  path: string;
  label: MessageKey;
  /** Place in the menu, lowest first (entries of all capabilities are sorted together). */
  order: number;
  /** Who sees it: everyone, signed-in coders and admins, or admins only. */
  audience?: 'everyone' | 'signed-in' | 'admin';
}

export type RouteRegistrar = (app: FastifyInstance) => Promise<void>;

/**
 * A command as the CLI lists it: its name and summary, and how to load it. Only the command that
 * runs is loaded (each one's parsers and services cost seconds of start-up). A test checks that
 * each entry says what its loaded command says.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/**
 * B is the tuple of the module's message bundles, written as the module's type annotation
 * (`CapabilityModule<typeof messages>`, with `const messages = [...] as const`): an annotation,
 * not inference, because the bundles' keys type every `t()` call, the menu labels included.
 */
export interface CapabilityModule<B extends readonly MessageBundle[] = readonly []> {
  /** The capability's folder under src/. */
  readonly name: string;
  /** Its ICU message bundles (their keys become the typed MessageKey, i18n/catalogue.ts). */
  readonly messages?: B;
  readonly nav?: readonly NavEntry[];
  /** Its pages and API routes, registered in this order. */
  readonly routes?: () => Promise<readonly RouteRegistrar[]>;
  /** Its `npx verbind` commands. */
  readonly commands?: readonly CommandEntry[];
}

/** Any module, as the shell composes them. */
export type AnyModule = CapabilityModule<readonly MessageBundle[]>;
