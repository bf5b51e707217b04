import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../src/engine/english.js';
import { normalize } from '../../src/engine/normalize.js';
import { createSmalltalkReader } from '../../src/engine/smalltalk.js';

const read = (message: string) => createSmalltalkReader(ENGLISH.smalltalk, ENGLISH.smalltalkFiller)(normalize(message));

describe('createSmalltalkReader', () => {
  it.each([
    ['hi, anyone there?', 'hello'],
    ["g'day", 'hello'],
    ['Good afternoon, I hope you are well.', 'hello'],
    ['cool', 'ok'],
    ['makes sense', 'ok'],
    ['Many thanks for your assistance, it is greatly appreciated.', 'thanks'],
    ['hi, thanks for having this chat', 'thanks'],
    ['thank you so much, have a lovely evening', 'goodbye'],
    ['I think that is all for today, goodbye.', 'goodbye'],
    ['are u a robot or human', 'identity'],
    ['hello! who am i chatting with?', 'identity'],
    ['you have been very helpful, dear', 'thanks'],
    ['Am I chatting to an actual human being or is this one of those computer programmes?', 'identity'],
    ['no more questions', 'goodbye'],
    ['helloooo', 'hello'],
    ['Dear Sir or Madam,', 'hello'],
    ['Is this the clinic itself or some sort of computer programme?', 'identity'],
    ["I'll have a think and maybe come back another day", 'goodbye'],
    ['Forgive me, I am not very good with these computers.', 'ok'],
    ['thankyouuuu, byeee', 'goodbye'],
    ['sorry, my english not so good', 'ok'],
  ])('reads %j as small talk about %s', (message, topic) => {
    expect(read(message)).toEqual({ topic, question: '' });
  });

  it('takes greetings off the front of a question and thanks off its end, and says which greeting it was', () => {
    expect(read('Good morning, does the injection hurt?')).toEqual({ question: 'does the injection hurt', aside: 'hello' });
    expect(read('how long do results last? thanks so much, bye')).toEqual({ question: 'how long do results last' });
    expect(read('does it hurt')).toEqual({ question: 'does it hurt' });
  });

  it('keeps the words a follow-up leans on', () => {
    expect(read('thanks! and how long do they last?').question).toBe('and how long do they last');
  });

  it('leaves questions that only start or end like small talk', () => {
    expect(read('who is this treatment meant for')).toEqual({ question: 'who is this treatment meant for' });
    expect(read('is it ok')).toEqual({ question: 'is it ok' });
    expect(read('is this ok')).toEqual({ question: 'is this ok' });
    expect(read('so')).toEqual({ question: 'so' });
  });
});
