/**
 * Locks the ES module's public API, checked by `tsc --noEmit` (npm test), never run:
 * each @ts-expect-error line must stay an error.
 */
import { mount, type FaqChatEvent, type FaqChatWidget, type MountOptions } from '../../src/index.js';

declare const knowledgeUrl: string;
const options: MountOptions = { knowledge: knowledgeUrl, bookingUrl: 'https://clinic.example/book', position: 'left', strings: { launcherText: 'Ask us' } };
const chat: FaqChatWidget = mount(options);

chat.open();
chat.close();
chat.ask('Does it hurt?');
chat.destroy();
const stop: () => void = chat.on('answer', (event) => {
  const entry: string | null = event.entryId;
  const confidence: number = event.confidence;
  void [entry, confidence];
});
stop();
chat.on('feedback', (event) => void (event.helpful satisfies boolean));
chat.on('open', (event: FaqChatEvent<'open'>) => void event.type);

// @ts-expect-error knowledge is required
mount({ bookingUrl: 'https://clinic.example/book' });
// @ts-expect-error position is left or right
mount({ knowledge: knowledgeUrl, position: 'top' });
// @ts-expect-error strings are the widget's own keys
mount({ knowledge: knowledgeUrl, strings: { launcherTxt: 'Ask us' } });
// @ts-expect-error there is no such event
chat.on('answered', () => undefined);
// @ts-expect-error an answer event has no helpful field
chat.on('answer', (event) => event.helpful);
// @ts-expect-error ask takes a question
chat.ask();
