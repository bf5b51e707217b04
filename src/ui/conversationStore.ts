import type { ChatMessage, ConversationStorage, Result } from './types.js';

/** The key a conversation is kept under unless the embed names another. */
export const DEFAULT_STORAGE_KEY = 'faq-chat:conversation';
/** Bumped when the stored shape changes; older conversations are then forgotten, not misread. */
const VERSION = 1;
/** The most messages kept: enough for any real conversation, small enough for any quota. */
const MAX_KEPT = 60;

/** `window.sessionStorage`, or null when the page may not use it (reading it throws when storage is blocked). */
export function defaultStorage(): ConversationStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The conversation kept under `key`; empty when there is none, it can't be read, or it isn't ours. */
export function loadConversation(storage: ConversationStorage | null, key: string): ChatMessage[] {
  try {
    const saved = JSON.parse(storage?.getItem(key) ?? 'null') as { v?: unknown; messages?: unknown } | null;
    if (saved?.v === VERSION && Array.isArray(saved.messages)) return saved.messages.filter(isMessage);
  } catch {
    // Blocked or garbled: start afresh.
  }
  return [];
}

/** Keeps the conversation under `key`, or removes it when empty. A full or blocked storage forgets it instead. */
export function saveConversation(storage: ConversationStorage | null, key: string, messages: ChatMessage[]): void {
  if (!storage) return;
  try {
    if (messages.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ v: VERSION, messages: messages.slice(-MAX_KEPT) }));
  } catch {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing more to do: the conversation lives on in memory.
    }
  }
}

/**
 * Whether a stored value is a message the widget can show. Storage is the page's, so nothing in it
 * is trusted: every field the widget reads is checked here, and answer HTML is sanitised when shown.
 */
function isMessage(value: unknown): value is ChatMessage {
  const m = value as Record<string, unknown> | null;
  if (typeof m?.id !== 'number') return false;
  if (m.from === 'visitor') return typeof m.text === 'string';
  if (m.from !== 'assistant' || typeof m.question !== 'string') return false;
  if (m.notice === 'unavailable') return true;
  return isResult(m.result) && (m.helpful === undefined || typeof m.helpful === 'boolean');
}

const KINDS: readonly unknown[] = ['answer', 'handoff', 'urgent', 'smalltalk'] satisfies Result['kind'][];

function isResult(value: unknown): value is Result {
  const r = value as Record<string, unknown> | null;
  return (
    KINDS.includes(r?.kind) && (r!.entryId === null || typeof r!.entryId === 'string') && typeof r!.answer === 'string' &&
    optionalString(r!.answerHtml) && optionalString(r!.didYouMean) &&
    Array.isArray(r!.suggestions) && r!.suggestions.every((s) => typeof s === 'string') &&
    Array.isArray(r!.citations) && r!.citations.every(isCitation)
  );
}

function isCitation(value: unknown): boolean {
  const c = value as Record<string, unknown> | null;
  return typeof c?.source === 'string' && typeof c.quote === 'string' && optionalString(c.url) && optionalString(c.title);
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
