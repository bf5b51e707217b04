import { useEffect, useState } from 'preact/hooks';

/** Below this width the panel takes the whole screen (kept equal to the media query in panel.css). */
export const PHONE_QUERY = '(max-width: 479px)';

interface PhoneViewport {
  /** True on phone-sized screens, where the panel covers the page and keeps focus inside. */
  phone: boolean;
  /** The visible area's height and offset as CSS variables, so an on-screen keyboard never covers the composer. */
  style?: Record<string, string>;
}

/** Follows the screen size and, on phones, the visual viewport that the on-screen keyboard shrinks. */
export function usePhoneViewport(): PhoneViewport {
  const [viewport, setViewport] = useState(read);
  useEffect(() => {
    const query = window.matchMedia?.(PHONE_QUERY);
    const visual = window.visualViewport;
    const update = () => setViewport(read());
    query?.addEventListener?.('change', update);
    visual?.addEventListener('resize', update);
    visual?.addEventListener('scroll', update);
    return () => {
      query?.removeEventListener?.('change', update);
      visual?.removeEventListener('resize', update);
      visual?.removeEventListener('scroll', update);
    };
  }, []);
  return viewport;
}

function read(): PhoneViewport {
  const phone = window.matchMedia?.(PHONE_QUERY).matches ?? false;
  const visual = window.visualViewport;
  if (!phone || !visual) return { phone };
  return { phone, style: { '--vv-height': `${visual.height}px`, '--vv-top': `${visual.offsetTop}px` } };
}
