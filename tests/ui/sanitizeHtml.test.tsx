import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/ui/sanitizeHtml.js';

/** The sanitised HTML, serialised for comparison. */
function clean(html: string, newTabLabel?: string): string {
  const container = document.createElement('div');
  container.append(sanitizeHtml(html, document, newTabLabel));
  return container.innerHTML;
}

const ALLOWED = new Set(['p', 'br', 'hr', 'strong', 'em', 'b', 'i', 's', 'del', 'sub', 'sup', 'small', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SAFE_HREF = /^(https?:\/\/|mailto:|tel:)/i;

describe('Sanitising compiled answer HTML', () => {
  it.each([
    ['keeps simple formatting', '<p>Yes, <strong>usually</strong> <em>not</em>.</p><ul><li>one</li></ul>', '<p>Yes, <strong>usually</strong> <em>not</em>.</p><ul><li>one</li></ul>'],
    ['strips every attribute of allowed tags', '<p class="x" style="color:red" id="y" onclick="alert(1)" data-x="1">text</p>', '<p>text</p>'],
    ['keeps mailto and tel links as they are', '<a href="mailto:desk@clinic.example">mail</a> <a href="tel:+15550100">call</a>', '<a href="mailto:desk@clinic.example">mail</a> <a href="tel:+15550100">call</a>'],
    ['opens web links in a new tab, cut off from the page', '<a href="https://clinic.example/a" target="_self" rel="opener">a</a>', '<a href="https://clinic.example/a" target="_blank" rel="noopener noreferrer">a</a>'],
    ['unwraps javascript: links to their text', '<a href="javascript:alert(1)">x</a>', 'x'],
    ['unwraps javascript: links in any case and spacing', '<a href="  JaVaScRiPt:alert(1)">x</a>', 'x'],
    ['unwraps javascript: links hidden by entities and tabs', '<a href="java&#x09;script:alert(1)">x</a><a href="&#106;avascript:alert(1)">y</a>', 'xy'],
    ['unwraps data: links', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', 'x'],
    ['unwraps vbscript:, file: and relative links', '<a href="vbscript:x">a</a><a href="file:///etc/passwd">b</a><a href="/page">c</a><a href="//evil.example">d</a>', 'abcd'],
    ['drops scripts with their code', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['drops styles with their rules', '<style>* { display: none }</style><p>a</p>', '<p>a</p>'],
    ['drops SVG with everything in it', '<svg><a href="https://x.example"><text>t</text></a><script>alert(1)</script></svg>', ''],
    ['drops MathML with everything in it', '<math><mi>x</mi><a href="https://x.example">y</a></math>', ''],
    ['drops embedded documents', '<iframe src="https://x.example"></iframe><object data="x"></object><embed src="x">ok', 'ok'],
    ['drops templates and noscript', '<template><p>hidden</p></template><noscript><p>no</p></noscript>ok', 'ok'],
    ['drops images and media, event handlers and all', '<img src=x onerror="alert(1)"><video src=x onloadstart=alert(1)></video>ok', 'ok'],
    ['drops comments', '<p>a<!-- secret -->b</p>', '<p>ab</p>'],
    ['unwraps unknown tags to their cleaned content', '<div><span><b onclick="x">bold</b><script>x</script></span></div>', '<b>bold</b>'],
    ['unwraps forms and their fields', '<form action="https://evil.example"><input value="x"><button formaction="javascript:alert(1)">go</button></form>', 'go'],
  ])('%s', (_name, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it.each([
    ['a noscript parsing trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['a style parsing trick inside SVG', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
    ['an unclosed comment around a script', '<!--<script>alert(1)//--><script>alert(2)</script>'],
    ['a script split by a tag', '<scr<script>ipt>alert(1)</script>'],
  ])('leaves no element and no handler from %s', (_name, html) => {
    expect(clean(html)).not.toMatch(/<(?!\/?(p|strong|em|b|i|ul|ol|li|a)\b)|on\w+=/i);
  });

  it('says "opens in a new tab" to screen readers on web links when given the words', () => {
    expect(clean('<a href="https://x.example">guide</a>', '(new tab)')).toBe(
      '<a href="https://x.example" target="_blank" rel="noopener noreferrer">guide<span class="visually-hidden"> (new tab)</span></a>',
    );
  });

  it('leaves only allowed tags, and links only to safe places, whatever it is given', () => {
    const tag = fc.constantFrom('p', 'a', 'b', 'script', 'style', 'svg', 'math', 'img', 'iframe', 'div', 'template', 'noscript', 'textarea', 'title', 'object', 'li', 'table', 'xmp');
    const attribute = fc.tuple(
      fc.constantFrom('href', 'src', 'onclick', 'onerror', 'style', 'xlink:href', 'formaction', 'target', 'rel'),
      fc.constantFrom('javascript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,x', 'https://ok.example', 'mailto:a@b.c', '"><script>x</script>', '&#106;avascript:x', ''),
    ).map(([name, value]) => ` ${name}="${value}"`);
    const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('text', '<', '>', '&lt;', '"', '</p>', '<!--', '-->', '<![CDATA[x]]>'),
        fc.tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }))
          .map(([name, attributes, children]) => `<${name}${attributes.join('')}>${children.join('')}</${name}>`),
      ),
    })).node as fc.Arbitrary<string>;

    fc.assert(
      fc.property(fc.array(element, { maxLength: 4 }), (parts) => {
        const container = document.createElement('div');
        container.append(sanitizeHtml(parts.join('')));
        for (const el of container.querySelectorAll('*')) {
          expect(ALLOWED.has(el.localName), el.outerHTML).toBe(true);
          const names = el.getAttributeNames();
          if (el.localName === 'a') {
            expect(el.getAttribute('href')).toMatch(SAFE_HREF);
            expect(names.every((n) => ['href', 'target', 'rel'].includes(n))).toBe(true);
          } else {
            expect(names).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
