import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings.js';
import { ask, clinic, memoryStorage, renderPanel } from './renderPanel.js';

/** Every element a screen reader would speak from on its own as it changes. */
const liveRegions = () => [...document.querySelectorAll('[aria-live], [role="log"], [role="status"], [role="alert"]')];
const spoken = () => liveRegions().map((region) => region.textContent);

describe('What a screen reader announces', () => {
  it('uses one polite live region, and no other', () => {
    renderPanel();
    expect(liveRegions()).toHaveLength(1);
    expect(liveRegions()[0]!.getAttribute('aria-live')).toBe('polite');
  });

  it('announces nothing on open: the greeting is read with the dialog', () => {
    renderPanel();
    expect(spoken()).toEqual(['']);
  });

  it('announces the reply\'s text, not the question or the whole conversation', async () => {
    renderPanel();
    ask('how many sessions');
    await screen.findAllByText(/a course usually takes/);
    expect(spoken()).toEqual(['It varies from person to person. Our guide says a course usually takes 3 to 6 sessions, several weeks apart.']);
  });

  it('announces the same reply again when the same question is asked again', async () => {
    renderPanel();
    ask('how many sessions');
    const first = liveRegions()[0]!.firstElementChild;
    ask('how many sessions');
    expect(liveRegions()[0]!.firstElementChild).not.toBe(first);
    expect(liveRegions()[0]!.children).toHaveLength(1);
  });

  it('announces urgent guidance with its label', () => {
    renderPanel();
    ask('i have chest pain');
    expect(spoken()[0]).toMatch(/^Urgent: This may need urgent care/);
  });

  it('announces a handoff\'s explanation', () => {
    renderPanel();
    ask('do you have parking?');
    expect(spoken()).toEqual([clinic.handoff]);
  });

  it('does not announce a conversation restored from an earlier page', () => {
    const storage = memoryStorage();
    const { unmount } = renderPanel({ storage });
    ask('how many sessions');
    unmount();
    renderPanel({ storage });
    expect(spoken()).toEqual(['']);
  });

  it('announces that the conversation was cleared', () => {
    renderPanel();
    ask('how many sessions');
    fireEvent.click(screen.getByRole('button', { name: STRINGS.clear }));
    expect(spoken()).toEqual([STRINGS.cleared]);
  });
});
