/** Stroke paths on a 24×24 grid; tiny on purpose, since every byte ships to visitors. None needs mirroring for right-to-left. */
const PATHS = {
  close: 'M6 6l12 12M18 6 6 18',
  send: 'M12 19V5M5 12l7-7 7 7',
  alert: 'M12 3.5 2.5 20h19zM12 10v4.5M12 17.5v.1',
  external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v5M12 7.5v.1',
} as const;

/** A decorative icon; the text or label beside it carries the meaning. */
export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg class={`icon icon-${name}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
