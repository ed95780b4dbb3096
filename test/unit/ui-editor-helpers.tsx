// Helpers for the popup, options and editor component tests: real English strings, waiting, typing like a user.
import { render, type ComponentChild } from 'preact';
import { vi } from 'vitest';
import browser from 'webextension-polyfill';
import enMessages from '../../public/_locales/en/messages.json';
import { announceChange } from '../../src/storage/changes.ts';
import { useDatabaseName } from '../../src/storage/db.ts';

const en: Record<string, { message: string }> = enMessages;

/** The English message with $1… filled: assertions read what a user reads. */
export function message(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (en[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

let dbCounter = 0;
export let container: HTMLElement;
export const clipboardWrites: string[] = [];

export async function setUp(name: string): Promise<void> {
  vi.mocked(browser.i18n.getMessage).mockImplementation(message as never);
  vi.mocked(browser.tabs.create).mockClear();
  await browser.storage.local.clear();
  useDatabaseName(`${name}-${++dbCounter}-${Math.random().toString(36).slice(2)}`);
  announceChange(null);
  clipboardWrites.length = 0;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async (text: string) => void clipboardWrites.push(text)) },
  });
  freshContainer();
}

/** A new, empty DOM over the same database: as when the popup is opened again. */
export function freshContainer(): void {
  container = document.createElement('div');
  document.body.append(container);
}

/** Unmounts; the editor flushes its pending save on unmount, which must land before the next test's database. */
export async function tearDown(): Promise<void> {
  render(null, container);
  container.remove();
  await settle(60);
}

export function show(node: ComponentChild): void {
  render(node, container);
}

export async function waitFor<T>(find: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    let found: T | null | undefined | false = null;
    try {
      found = find();
    } catch {
      // Not rendered yet.
    }
    if (found) return found;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting: ${find.toString().slice(0, 160)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const text = (): string => container.textContent ?? '';

export function button(name: string): HTMLButtonElement | null {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
}

export function field(label: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const labelEl = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const control = labelEl ? container.querySelector(`#${CSS.escape(labelEl.htmlFor)}`) : null;
  if (!control) throw new Error(`No field labelled ${label}`);
  return control as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}

export async function type(label: string, value: string): Promise<void> {
  const control = await waitFor(() => field(label));
  control.dispatchEvent(new FocusEvent('focus'));
  control.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  await settle();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await settle();
}

export async function blur(label: string): Promise<void> {
  const control = field(label);
  control.dispatchEvent(new FocusEvent('blur'));
  control.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  await settle();
}

export async function click(name: string): Promise<void> {
  (await waitFor(() => button(name))).click();
  await settle();
}

/** Lets Preact re-render and pending promises run. */
export async function settle(ms = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Longer than the editor's debounce plus an IndexedDB write. */
export const afterSave = (): Promise<void> => settle(450);
